package org.bianmin.seal.internal.verify;

import java.time.Instant;
import org.bianmin.seal.CertificateDetails;

/**
 * Facts about one X.509 certificate (RFC 5280 §4.1) gathered for diagnostic data.
 *
 * @param details   names, serial, validity and SM3 fingerprint
 * @param keyUsage  the KeyUsage bits (BC {@code KeyUsage} constants), or -1 when the extension is absent
 * @param ca        the BasicConstraints cA flag, or null when the extension is absent
 */
public record CertificateFacts(CertificateDetails details, int keyUsage, Boolean ca) {
    /** KeyUsage digitalSignature (RFC 5280 §4.2.1.3). */
    public static final int DIGITAL_SIGNATURE = 128;
    /** KeyUsage nonRepudiation / contentCommitment. */
    public static final int NON_REPUDIATION = 64;
    /** KeyUsage keyCertSign. */
    public static final int KEY_CERT_SIGN = 4;

    /** Whether the certificate is valid at {@code time} (inclusive bounds, RFC 5280 §4.1.2.5). */
    public boolean validAt(Instant time) {
        return !time.isBefore(details.notBefore()) && !time.isAfter(details.notAfter());
    }

    /** Whether it may sign documents: no KeyUsage, or digitalSignature or nonRepudiation. */
    public boolean maySign() {
        return keyUsage < 0 || (keyUsage & (DIGITAL_SIGNATURE | NON_REPUDIATION)) != 0;
    }

    /** Whether it may issue certificates: KeyUsage keyCertSign when present, cA not false. */
    public boolean mayIssue() {
        return (keyUsage < 0 || (keyUsage & KEY_CERT_SIGN) != 0) && !Boolean.FALSE.equals(ca);
    }

    public String subject() {
        return details.subject();
    }
}
