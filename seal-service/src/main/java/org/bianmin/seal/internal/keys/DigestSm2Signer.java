package org.bianmin.seal.internal.keys;

import java.math.BigInteger;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * Bouncy Castle's SM2 signer, able also to sign a digest {@code e = SM3(Z_A || M)} computed
 * elsewhere (GB/T 32918.2 §6.1 from step A3 on). The signature arithmetic, nonce and encoding stay
 * Bouncy Castle's; only the value of {@code e} is supplied. One instance per thread: not thread-safe.
 */
final class DigestSm2Signer extends SM2Signer {
    private byte[] presetDigest;

    /** Signs {@code digest} as the e value; returns DER {@code SEQUENCE { r, s }}. */
    byte[] signDigest(byte[] digest) throws CryptoException {
        presetDigest = digest;
        try {
            reset();
            return generateSignature();
        } finally {
            presetDigest = null;
        }
    }

    @Override
    protected BigInteger calculateE(BigInteger n, byte[] message) {
        return super.calculateE(n, presetDigest != null ? presetDigest : message);
    }
}
