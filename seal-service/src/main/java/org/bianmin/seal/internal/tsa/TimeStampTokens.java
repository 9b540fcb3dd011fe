package org.bianmin.seal.internal.tsa;

import java.io.IOException;
import java.security.Provider;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPUtil;
import org.bouncycastle.tsp.TSPValidationException;

/** The certificate handling the TSA, its clients and the token validator share. */
final class TimeStampTokens {
    /** One Bouncy Castle provider instance, passed explicitly (never installed globally). */
    private static final Provider BC = new BouncyCastleProvider();

    private TimeStampTokens() {
    }

    /** The X.509 certificate in {@code der}; fails with {@code INVALID_ARGUMENT}. */
    static X509CertificateHolder certificate(byte[] der) {
        try {
            return new X509CertificateHolder(der);
        } catch (IOException | RuntimeException e) {
            throw BianminException.invalid("the TSA certificate is not a DER X.509 certificate: " + e.getMessage());
        }
    }

    static byte[] encoded(X509CertificateHolder certificate) {
        try {
            return certificate.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("a parsed certificate cannot be encoded again", e);
        }
    }

    /**
     * Fails with {@code code} unless the certificate's extended key usage is id-kp-timeStamping alone,
     * marked critical (RFC 3161 §2.3).
     */
    static void requireTimeStampingPurpose(X509CertificateHolder certificate, ErrorCode code) {
        try {
            TSPUtil.validateCertificate(certificate);
        } catch (TSPValidationException e) {
            throw new BianminException(code, "the certificate " + certificate.getSubject()
                    + " is not a TSA certificate (RFC 3161 section 2.3, critical extended key usage timeStamping): "
                    + e.getMessage(), e);
        }
    }

    /** A CMS verifier of SM3withSM2 (and other) signatures by {@code certificate}'s key. */
    static SignerInformationVerifier verifier(X509CertificateHolder certificate) {
        try {
            return new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate);
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID,
                    "cannot verify with the TSA certificate " + certificate.getSubject() + ": " + e.getMessage(), e);
        }
    }
}
