package org.bianmin.audit.internal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * SM2 signature verification (GB/T 32918, SM3 digest, default user id "1234567812345678") with
 * Bouncy Castle's lightweight API, so the verifier needs no registered JCA provider.
 */
public final class Sm2Verification {
    private Sm2Verification() {
    }

    /** The SM2 public key in a SubjectPublicKeyInfo; fails with {@link IllegalArgumentException}. */
    public static ECPublicKeyParameters publicKey(byte[] subjectPublicKeyInfo) {
        try {
            AsymmetricKeyParameter key = PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(subjectPublicKeyInfo));
            if (!(key instanceof ECPublicKeyParameters ec)) {
                throw new IllegalArgumentException("the key is not an elliptic-curve (SM2) key");
            }
            return ec;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an SM2 SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} (DER) is a valid SM2 signature of {@code message}; false when malformed. */
    public static boolean verify(ECPublicKeyParameters key, byte[] message, byte[] signature) {
        try {
            SM2Signer signer = new SM2Signer();
            signer.init(false, key);
            signer.update(message, 0, message.length);
            return signer.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The DER of a PEM "PUBLIC KEY" block (or of bare base64). */
    public static byte[] fromPem(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PEM public key: " + e.getMessage(), e);
        }
    }

    /** A PEM "PUBLIC KEY" block for a SubjectPublicKeyInfo. */
    public static String toPem(byte[] subjectPublicKeyInfo) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(subjectPublicKeyInfo)
                + "\n-----END PUBLIC KEY-----\n";
    }
}
