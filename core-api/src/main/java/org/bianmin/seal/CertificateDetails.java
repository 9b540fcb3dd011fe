package org.bianmin.seal;

import java.time.Instant;
import org.bianmin.core.Checks;

/**
 * What a report shows of a certificate (证书): names, serial, validity, fingerprint, and the
 * certificate itself, so that an auditor can inspect it and decide whether to trust it.
 *
 * @param subject   the subject distinguished name (RFC 4514)
 * @param issuer    the issuer distinguished name
 * @param serial    the serial number, hexadecimal
 * @param notBefore start of validity
 * @param notAfter  end of validity
 * @param sm3       SM3 fingerprint of the DER, lower-case hex
 * @param encoded   the certificate, DER (RFC 5280 §4.1); empty when not known
 */
public record CertificateDetails(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
        String sm3, byte[] encoded) {
    public CertificateDetails {
        Checks.required(subject, "subject");
        Checks.required(issuer, "issuer");
        Checks.text(serial, "serial");
        Checks.required(notBefore, "not before");
        Checks.required(notAfter, "not after");
        Checks.text(sm3, "fingerprint");
        encoded = encoded == null ? new byte[0] : encoded.clone();
    }

    /** Details without the certificate's bytes. */
    public CertificateDetails(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
            String sm3) {
        this(subject, issuer, serial, notBefore, notAfter, sm3, null);
    }

    /** A copy of the certificate's DER (empty when not known). */
    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateDetails other && subject.equals(other.subject) && issuer.equals(other.issuer)
                && serial.equals(other.serial) && notBefore.equals(other.notBefore)
                && notAfter.equals(other.notAfter) && sm3.equals(other.sm3)
                && java.util.Arrays.equals(encoded, other.encoded);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(subject, issuer, serial, notBefore, notAfter, sm3)
                + 31 * java.util.Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "CertificateDetails[subject=" + subject + ", issuer=" + issuer + ", serial=" + serial + ", notBefore="
                + notBefore + ", notAfter=" + notAfter + ", sm3=" + sm3 + ", encoded=" + encoded.length + " bytes]";
    }
}
