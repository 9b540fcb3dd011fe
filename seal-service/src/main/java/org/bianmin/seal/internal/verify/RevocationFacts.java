package org.bianmin.seal.internal.verify;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * What the certificate revocation lists (证书撤销列表, RFC 5280 §5) at hand say about one certificate,
 * gathered for diagnostic data: every list whose issuer is the certificate's issuer, whether its
 * signature verifies with that issuer's key, its times and the certificate's entry in it. Which list
 * counts at which time is for {@link RevocationJudgement} to decide.
 *
 * @param issuer the certificate's issuer name
 * @param lists  the lists of that issuer, in the order they were found (policy's first, then the registry's)
 */
public record RevocationFacts(String issuer, List<ListFacts> lists) {
    public RevocationFacts {
        lists = List.copyOf(lists);
    }

    /**
     * One CRL of the certificate's issuer.
     *
     * @param source     where it came from, a noun key ("@noun.policy", "@noun.registry")
     * @param number     its cRLNumber (§5.2.3), or null
     * @param thisUpdate §5.1.2.4
     * @param nextUpdate §5.1.2.5, or null when absent
     * @param problem    why it cannot be used (its signature does not verify with the issuer's key, an
     *                   algorithm other than SM3withSM2, a delta CRL), or null
     * @param entry      the certificate's entry, or null when it is not listed
     */
    public record ListFacts(String source, BigInteger number, Instant thisUpdate, Instant nextUpdate, String problem,
            Entry entry) {
        /** Whether the list may be used at {@code time}: sound, issued by then, and nextUpdate not passed. */
        public boolean currentAt(Instant time) {
            return problem == null && !thisUpdate.isAfter(time) && (nextUpdate == null || !time.isAfter(nextUpdate));
        }
    }

    /**
     * A revokedCertificates entry (RFC 5280 §5.3).
     *
     * @param revocationDate when the CA recorded the revocation
     * @param invalidityDate since when the certificate is known or suspected to be invalid (§5.3.2), or null
     * @param onHold         reasonCode certificateHold (§5.3.1): suspended, not revoked
     * @param reason         the reasonCode's name, or null when absent
     */
    public record Entry(Instant revocationDate, Instant invalidityDate, boolean onHold, String reason) {
        /** From when the certificate is not to be trusted: the invalidityDate if earlier, else the revocationDate. */
        public Instant effective() {
            return invalidityDate != null && invalidityDate.isBefore(revocationDate) ? invalidityDate : revocationDate;
        }
    }
}
