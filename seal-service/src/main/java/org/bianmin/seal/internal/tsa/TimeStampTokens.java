package org.bianmin.seal.internal.tsa;

import java.io.IOException;
import java.security.Provider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The most verifiers kept; certificates met in signatures from elsewhere beyond that start the
     * set afresh, so what is kept stays bounded whatever a verification is given.
     */
    private static final int KEPT_VERIFIERS = 64;

    /** The verifier of each TSA certificate met, by the certificate (equal when their DER is). */
    private static final Map<X509CertificateHolder, SignerInformationVerifier> VERIFIERS = new ConcurrentHashMap<>();

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

    /**
     * A CMS verifier of SM3withSM2 (and other) signatures by {@code certificate}'s key. The verifier
     * of a certificate is built once and kept: building one parses the key and sets up the
     * algorithm tables, which cost as much as the signature check itself, and a node sees few TSA
     * certificates. The verifier hands out a new {@code ContentVerifier} per use, so one serves
     * every thread.
     */
    static SignerInformationVerifier verifier(X509CertificateHolder certificate) {
        SignerInformationVerifier known = VERIFIERS.get(certificate);
        if (known != null) {
            return known;
        }
        SignerInformationVerifier built;
        try {
            built = new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate);
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new BianminException(ErrorCode.TIMESTAMP_INVALID,
                    "cannot verify with the TSA certificate " + certificate.getSubject() + ": " + e.getMessage(), e);
        }
        if (VERIFIERS.size() >= KEPT_VERIFIERS) {
            VERIFIERS.clear();
        }
        VERIFIERS.put(certificate, built);
        return built;
    }

    /** How many verifiers are kept now. */
    static int keptVerifiers() {
        return VERIFIERS.size();
    }
}
