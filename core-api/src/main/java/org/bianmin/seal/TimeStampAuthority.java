package org.bianmin.seal;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The county time-stamp authority (时间戳服务机构) for clients that speak RFC 3161 themselves, e.g.
 * over HTTP (RFC 3161 §3.4). Its tokens are signed SM3withSM2 by a TSA certificate of the county CA
 * whose extended key usage is timeStamping alone, marked critical (RFC 3161 §2.3).
 */
@ProviderType
public interface TimeStampAuthority {
    /**
     * The DER {@code TimeStampResp} to a DER {@code TimeStampReq} (RFC 3161 §2.4). A request the TSA
     * cannot grant is answered, not thrown: status rejection with its failInfo (badAlg for an imprint
     * algorithm other than SM3 or SHA-256, badDataFormat for bytes that are not a request,
     * unacceptedPolicy for another TSA policy).
     */
    byte[] respond(byte[] timeStampRequest);

    /** The TSA certificate (DER), to validate its tokens with. */
    byte[] certificate();
}
