package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.bianmin.seal.internal.format.Sm2Signatures;
import org.bianmin.seal.internal.keys.Sm2;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.util.encoders.Hex;

/**
 * SM3 (GB/T 32905) and SM2 signature verification (GB/T 32918.2) with Bouncy Castle's lightweight
 * API: no JCA key conversion per call, so a cached public key keeps its precomputation.
 */
public final class SmCrypto {
    private static final int BUFFER = 64 * 1024;

    private SmCrypto() {
    }

    /** SM3 of {@code data}. */
    public static byte[] sm3(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    /** SM3 of {@code prefix || data}. */
    public static byte[] sm3(byte[] prefix, byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(prefix, 0, prefix.length);
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    /** SM3 of everything {@code in} yields, read in 64 KiB chunks (never held whole). */
    public static byte[] sm3(InputStream in) throws IOException {
        SM3Digest digest = new SM3Digest();
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    /** Lower-case hex. */
    public static String hex(byte[] bytes) {
        return Hex.toHexString(bytes);
    }

    /** The public key of a SubjectPublicKeyInfo, if it is an EC (SM2) key. */
    public static ECPublicKeyParameters ecKey(SubjectPublicKeyInfo info) {
        try {
            if (PublicKeyFactory.createKey(info) instanceof ECPublicKeyParameters ec) {
                return ec;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether {@code signature} (DER, or raw r||s, or DER with sloppy integers) is a valid SM3withSM2
     * signature over {@code message} by {@code key} with the default user id.
     */
    public static Sm2Result verify(ECPublicKeyParameters key, byte[] message, byte[] signature) {
        var candidates = Sm2Signatures.derCandidates(signature);
        if (candidates.isEmpty()) {
            return Sm2Result.UNREADABLE;
        }
        for (int i = 0; i < candidates.size(); i++) {
            SM2Signer signer = verifier(key);
            signer.reset(); // a verification that threw half-way leaves data in the digest
            signer.update(message, 0, message.length);
            if (signer.verifySignature(candidates.get(i))) {
                if (java.util.Arrays.equals(candidates.get(i), signature)) {
                    return Sm2Result.VALID;
                }
                boolean rawReading = signature.length == Sm2Signatures.RAW_LENGTH && i == candidates.size() - 1;
                return rawReading ? Sm2Result.VALID_RAW : Sm2Result.VALID_LENIENT_DER;
            }
        }
        return Sm2Result.INVALID;
    }

    /**
     * An SM2 verifier for {@code key}, one per thread and key: initialising computes Z and sets up the
     * key, which costs as much as a good part of a verification. Keys are compared by identity (the
     * {@link VerificationCache} hands out one key object per certificate); at most 64 per thread.
     */
    private static SM2Signer verifier(ECPublicKeyParameters key) {
        Map<ECPublicKeyParameters, SM2Signer> mine = VERIFIERS.get();
        SM2Signer signer = mine.get(key);
        if (signer == null) {
            if (mine.size() >= 64) {
                mine.clear();
            }
            signer = new SM2Signer();
            signer.init(false, new ParametersWithID(key, Sm2.DEFAULT_USER_ID));
            mine.put(key, signer);
        }
        return signer;
    }

    private static final ThreadLocal<Map<ECPublicKeyParameters, SM2Signer>> VERIFIERS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** The outcome of an SM2 verification, with the encoding that verified. */
    public enum Sm2Result {
        /** Valid, strict DER. */
        VALID,
        /** Valid after converting a raw 64-byte r||s. */
        VALID_RAW,
        /** Valid after re-encoding DER integers with missing or extra leading zeros. */
        VALID_LENIENT_DER,
        /** Well-formed but does not verify. */
        INVALID,
        /** Neither DER nor raw r||s. */
        UNREADABLE;

        public boolean valid() {
            return this == VALID || this == VALID_RAW || this == VALID_LENIENT_DER;
        }
    }
}
