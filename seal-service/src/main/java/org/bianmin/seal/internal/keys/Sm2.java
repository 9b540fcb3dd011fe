package org.bianmin.seal.internal.keys;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The SM2 facts the key store and the signer share (GB/T 32918): the curve sm2p256v1, the default
 * user id, the public-key encoding and the identity hash {@code Z_A}.
 */
public final class Sm2 {
    /** The curve sm2p256v1 (GB/T 32918.5), OID 1.2.156.10197.1.301. */
    public static final X9ECParameters CURVE = CustomNamedCurves.getByName("sm2p256v1");
    /** The curve as named domain parameters (keys encode the curve's OID, not its parameters). */
    public static final ECDomainParameters DOMAIN = new org.bouncycastle.crypto.params.ECNamedDomainParameters(
            GMObjectIdentifiers.sm2p256v1, CURVE);
    /** The default user id, as every vendor and Bouncy Castle's {@code SM3withSM2} use. */
    public static final byte[] DEFAULT_USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
    /** SM3withSM2, OID 1.2.156.10197.1.501. */
    public static final ASN1ObjectIdentifier SM3_WITH_SM2 = GMObjectIdentifiers.sm2sign_with_sm3;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm2() {
    }

    /** A fresh SM2 key pair. */
    public static AsymmetricCipherKeyPair generateKeyPair() {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(DOMAIN, RANDOM));
        return generator.generateKeyPair();
    }

    /** The SubjectPublicKeyInfo (DER) of an SM2 public point. */
    public static byte[] subjectPublicKeyInfo(ECPoint point) {
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                GMObjectIdentifiers.sm2p256v1);
        try {
            return new SubjectPublicKeyInfo(algorithm, point.getEncoded(false)).getEncoded("DER");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot encode an SM2 public key", e);
        }
    }

    /** The public key of a SubjectPublicKeyInfo (DER); fails unless it is an SM2 key. */
    public static ECPublicKeyParameters publicKey(byte[] subjectPublicKeyInfo) {
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(subjectPublicKeyInfo);
            if (!X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm())
                    || !GMObjectIdentifiers.sm2p256v1.equals(info.getAlgorithm().getParameters())) {
                throw BianminException.invalid("the public key is not an SM2 (sm2p256v1) key");
            }
            ECPoint point = CURVE.getCurve().decodePoint(info.getPublicKeyData().getOctets());
            return new ECPublicKeyParameters(point, DOMAIN);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new BianminException(ErrorCode.INVALID_ARGUMENT,
                    "the public key is not a DER SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
    }

    /**
     * {@code Z_A = SM3(ENTL_A || ID_A || a || b || x_G || y_G || x_A || y_A)} with the default user id
     * (GB/T 32918.2 §5.5): the prefix every SM2 signature hashes before the message, for signing and
     * for the vendor reading of an OFD CheckMethod HMAC-SM3 as SM3(Z || file). The curve is the key's.
     */
    public static byte[] identityHash(ECPublicKeyParameters key) {
        ECDomainParameters params = key.getParameters();
        SM3Digest digest = new SM3Digest();
        int bits = DEFAULT_USER_ID.length * 8;
        digest.update((byte) (bits >> 8));
        digest.update((byte) bits);
        digest.update(DEFAULT_USER_ID, 0, DEFAULT_USER_ID.length);
        addField(digest, params.getCurve().getA().toBigInteger());
        addField(digest, params.getCurve().getB().toBigInteger());
        ECPoint g = params.getG().normalize();
        addField(digest, g.getAffineXCoord().toBigInteger());
        addField(digest, g.getAffineYCoord().toBigInteger());
        ECPoint q = key.getQ().normalize();
        addField(digest, q.getAffineXCoord().toBigInteger());
        addField(digest, q.getAffineYCoord().toBigInteger());
        byte[] z = new byte[32];
        digest.doFinal(z, 0);
        return z;
    }

    /** A field element as 32 bytes, big-endian (its low 32 bytes should a foreign curve's be longer). */
    private static void addField(SM3Digest digest, BigInteger value) {
        byte[] fixed = new byte[32];
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 32 ? bytes.length - 32 : 0;
        System.arraycopy(bytes, start, fixed, 32 - (bytes.length - start), bytes.length - start);
        digest.update(fixed, 0, 32);
    }
}
