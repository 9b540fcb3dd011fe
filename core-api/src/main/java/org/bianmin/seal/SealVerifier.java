package org.bianmin.seal;

import java.io.InputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Verification of electronic seals and signatures for auditors (电子签章验证): GB/T 38540-2020
 * and GM/T 0031-2014 signatures, detached or inside OFD documents (GB/T 33190), GB/T 35275
 * SignedData signatures in OFD, and standalone seals. Every check of GB/T 38540 §7.3 is run and
 * reported with an ETSI EN 319 102-1 indication; outcomes — including malformed or hostile
 * input, reported as FORMAT_FAILURE — are data, never exceptions. Only an input that cannot be
 * read at all fails, with {@link org.bianmin.core.ErrorCode#DOCUMENT_UNREADABLE}.
 */
@ProviderType
public interface SealVerifier {
    /**
     * Verifies a detached SES_Signature over a document.
     *
     * @param signature the DER of the SES_Signature (v4 or v1; vendor trailers tolerated)
     * @param document  the signed document, streamed (read to the end, not closed, never held whole)
     * @param policy    how to judge
     */
    VerificationReport verifyDetached(byte[] signature, InputStream document, ValidationPolicy policy);

    /**
     * Verifies every signature of an OFD document.
     *
     * @param ofd    the OFD package (a zip), read to the end and not closed; bounded in size
     * @param policy how to judge
     */
    VerificationReport verifyOfd(InputStream ofd, ValidationPolicy policy);

    /**
     * Verifies a standalone seal (.esl): the maker's signature, its validity, the maker's chain and,
     * for a seal of this registry, its status at the validation time.
     *
     * @param seal   the DER of the SESeal (v4 or v1)
     * @param policy how to judge
     */
    VerificationReport verifySeal(byte[] seal, ValidationPolicy policy);

    /**
     * The deployment's default policy: every check FAIL, the configured trust anchors
     * ({@link org.bianmin.seal.spi.TrustAnchors}), validation at the current time.
     */
    ValidationPolicy defaultPolicy();
}
