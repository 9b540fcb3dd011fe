package org.bianmin.seal;

import java.time.Instant;
import org.bianmin.core.Checks;

/**
 * What a report shows of a certificate (证书): names, serial, validity and fingerprint.
 *
 * @param subject   the subject distinguished name (RFC 4514)
 * @param issuer    the issuer distinguished name
 * @param serial    the serial number, hexadecimal
 * @param notBefore start of validity
 * @param notAfter  end of validity
 * @param sm3       SM3 fingerprint of the DER, lower-case hex
 */
public record CertificateDetails(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
        String sm3) {
    public CertificateDetails {
        Checks.required(subject, "subject");
        Checks.required(issuer, "issuer");
        Checks.text(serial, "serial");
        Checks.required(notBefore, "not before");
        Checks.required(notAfter, "not after");
        Checks.text(sm3, "fingerprint");
    }
}
