package org.bianmin.seal.spi;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The county's seal maker (制章者) and its certificate authority: issues the SM2 signer
 * certificate of each seal and signs each SESeal (GB/T 38540 §5). The embedded default is a
 * software CA whose keys sit in the {@link SealKeyStore}.
 */
@ConsumerType
public interface SealMakerAuthority {
    /**
     * Issues an X.509 certificate (SM3withSM2) for a seal's signing key.
     *
     * @param subjectName      the subject's common name (the seal's name)
     * @param publicKey        the SubjectPublicKeyInfo (DER) of the seal's key
     * @param notBefore        start of validity
     * @param notAfter         end of validity
     * @return the certificate, DER
     */
    byte[] issueSignerCertificate(String subjectName, byte[] publicKey, Instant notBefore, Instant notAfter);

    /** The seal maker's own certificate (DER), written into every SESeal. */
    byte[] makerCertificate();

    /** Signs DER-encoded SES_SealInfo with the maker's key (SM3withSM2, DER signature). */
    byte[] signSealInfo(byte[] sealInfo);

    /** The CA certificates (DER), root first, that anchor the maker and signer certificates. */
    List<byte[]> caCertificates();
}
