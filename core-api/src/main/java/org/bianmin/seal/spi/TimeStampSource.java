package org.bianmin.seal.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where the registry gets its time-stamps (时间戳): a time-stamp authority that answers an RFC 3161
 * request for an SM3 message imprint with a time-stamp token, the proof that the hashed data
 * existed at the token's {@code genTime} (RFC 3161 §2.4.2). GB/T 38540 §6.1 carries such a token in
 * a signature's {@code timeStamp} field, over the signature value.
 *
 * <p>The embedded default is the county's own authority in process; a deployment may register an
 * external authority reached over HTTP instead. Every token returned has been checked: status
 * granted, signature valid with the authority's certificate, the imprint the one asked for and the
 * nonce the one sent.
 *
 * <p>Failures throw {@link org.bianmin.core.BianminException} with {@code INVALID_ARGUMENT} (the
 * imprint is not 32 bytes), {@code TIMESTAMP_UNAVAILABLE} (the authority cannot be reached or
 * answers something that is not an RFC 3161 response), {@code TIMESTAMP_REFUSED} (it answered with a
 * refusal; the message carries its status and failure info) or {@code TIMESTAMP_INVALID} (its token
 * does not check out: signature, certificate, imprint or nonce).
 */
@ConsumerType
public interface TimeStampSource {
    /**
     * A time-stamp token over {@code sm3Imprint}.
     *
     * @param sm3Imprint the SM3 hash (32 bytes, GB/T 32905) of the data to time-stamp
     * @return the DER {@code TimeStampToken} (RFC 3161 §2.4.2: a CMS {@code ContentInfo} of
     *         SignedData over a {@code TSTInfo})
     */
    byte[] timeStamp(byte[] sm3Imprint);
}
