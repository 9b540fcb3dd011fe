package org.bianmin.seal.internal.verify;

import java.util.List;

/**
 * The certification path found for a certificate (RFC 5280 §6.1): the certificates from the
 * certificate itself up to the trust anchor, and what stopped the path if it was not anchored.
 *
 * @param anchorsConfigured whether the policy configured any trust anchor
 * @param path              from the certificate (first) to the anchor or the last issuer found
 * @param anchored          whether the last element is (or was issued by) a trust anchor
 * @param violation         why the path fails RFC 5280 path validation (a link's signature, cA,
 *                          pathLenConstraint, keyCertSign, an unknown critical extension, a
 *                          signature algorithm other than SM3withSM2), or null; validity is judged apart
 */
public record ChainFacts(boolean anchorsConfigured, List<CertificateFacts> path, boolean anchored, String violation) {
    public ChainFacts {
        path = List.copyOf(path);
    }
}
