package org.bianmin.seal.internal.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * The checks a county CA certificate must pass before the registry uses it (RFC 5280 §4.2.1.3,
 * §4.2.1.9): the offline root is self-signed with SM3withSM2, a CA (basicConstraints cA) that may
 * sign certificates and CRLs (keyUsage keyCertSign and cRLSign); the online issuing CA is a CA with
 * pathLenConstraint 0 and the same key usage, issued and signed by that root, for the key the
 * registry holds. A failure is {@link ErrorCode#CONFIGURATION_INVALID} and says what to do.
 */
public final class CaCertificates {
    private CaCertificates() {
    }

    /** The root certificate (DER), checked; fails unless it is a self-signed SM2 CA certificate. */
    public static X509CertificateHolder root(byte[] der) {
        X509CertificateHolder root = parse(der, "the root certificate");
        requireCa(root, "the root certificate");
        if (!root.getIssuer().equals(root.getSubject()) || !signedBy(root, root)) {
            throw refusal("the root certificate '" + root.getSubject() + "' is not self-signed with SM3withSM2:"
                    + " configure the certificate that 'root-ca init' wrote");
        }
        return root;
    }

    /**
     * The issuing CA certificate (DER), checked against {@code root} and the issuing key's
     * SubjectPublicKeyInfo {@code publicKey} (DER) in the registry's key store.
     */
    public static X509CertificateHolder issuing(byte[] der, X509CertificateHolder root, byte[] publicKey) {
        X509CertificateHolder issuing = parse(der, "the issuing CA certificate");
        requireCa(issuing, "the issuing CA certificate");
        BigInteger pathLength = BasicConstraints.fromExtensions(issuing.getExtensions()).getPathLenConstraint();
        if (pathLength == null || pathLength.signum() != 0) {
            throw refusal("the issuing CA certificate '" + issuing.getSubject() + "' does not limit its path"
                    + " (basicConstraints pathLenConstraint 0): issue it with 'root-ca issue'");
        }
        if (!issuing.getIssuer().equals(root.getSubject()) || !signedBy(issuing, root)) {
            throw refusal("the issuing CA certificate '" + issuing.getSubject() + "' is not signed by the configured"
                    + " root '" + root.getSubject() + "': sign the request with that root's key ('root-ca issue')"
                    + " or configure the root that signed it");
        }
        if (!Arrays.equals(encoded(issuing), publicKey)) {
            throw refusal("the issuing CA certificate '" + issuing.getSubject() + "' is for another key than the"
                    + " issuing CA key in the registry's key store: sign the request that 'root-ca request' wrote"
                    + " from this key store");
        }
        return issuing;
    }

    private static void requireCa(X509CertificateHolder cert, String what) {
        BasicConstraints constraints = BasicConstraints.fromExtensions(cert.getExtensions());
        KeyUsage usage = KeyUsage.fromExtensions(cert.getExtensions());
        if (constraints == null || !constraints.isCA() || usage == null
                || !usage.hasUsages(KeyUsage.keyCertSign | KeyUsage.cRLSign)) {
            throw refusal(what + " '" + cert.getSubject() + "' is not a CA certificate (basicConstraints cA,"
                    + " keyUsage keyCertSign and cRLSign)");
        }
    }

    /** Whether {@code cert} carries an SM3withSM2 signature that verifies with {@code issuer}'s key. */
    static boolean signedBy(X509CertificateHolder cert, X509CertificateHolder issuer) {
        if (!Sm2.SM3_WITH_SM2.equals(cert.getSignatureAlgorithm().getAlgorithm())) {
            return false;
        }
        try {
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, Sm2.publicKey(encoded(issuer)));
            byte[] tbs = cert.toASN1Structure().getTBSCertificate().getEncoded(ASN1Encoding.DER);
            verifier.update(tbs, 0, tbs.length);
            return verifier.verifySignature(cert.getSignature());
        } catch (IOException | BianminException e) {
            return false;
        }
    }

    private static X509CertificateHolder parse(byte[] der, String what) {
        try {
            return new X509CertificateHolder(der);
        } catch (IOException | RuntimeException e) {
            throw refusal(what + " is not an X.509 certificate: " + e.getMessage());
        }
    }

    private static byte[] encoded(X509CertificateHolder cert) {
        try {
            return cert.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw refusal("the public key of '" + cert.getSubject() + "' cannot be encoded");
        }
    }

    private static BianminException refusal(String message) {
        return new BianminException(ErrorCode.CONFIGURATION_INVALID, message);
    }
}
