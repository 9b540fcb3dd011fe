package org.bianmin.audit.internal.merkle;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The Merkle tree's hash (RFC 9162 §2.1.1) with SM3 (GB/T 32905) as HASH: leaves are
 * {@code SM3(0x00 || data)}, interior nodes {@code SM3(0x01 || left || right)}, the empty tree
 * {@code SM3()}. One instance reuses one digest, so it is cheap but not thread-safe: use one per
 * thread.
 */
public final class Sm3Hasher {
    /** Length of every hash in bytes. */
    public static final int HASH_LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final SM3Digest digest = new SM3Digest();

    /** MTH({}) = SM3() — the root of the empty tree. */
    public byte[] empty() {
        return finish();
    }

    /** MTH({d}) = SM3(0x00 || d). */
    public byte[] leaf(byte[] data) {
        return leaf(data, 0, data.length);
    }

    /** The leaf hash of {@code data[offset, offset + length)}. */
    public byte[] leaf(byte[] data, int offset, int length) {
        digest.update(LEAF_PREFIX);
        digest.update(data, offset, length);
        return finish();
    }

    /** SM3(0x01 || left || right). */
    public byte[] node(byte[] left, byte[] right) {
        digest.update(NODE_PREFIX);
        digest.update(left, 0, left.length);
        digest.update(right, 0, right.length);
        return finish();
    }

    /** Plain SM3 of {@code data}, e.g. for a key identifier. */
    public byte[] digest(byte[] data) {
        digest.update(data, 0, data.length);
        return finish();
    }

    private byte[] finish() {
        byte[] out = new byte[HASH_LENGTH];
        digest.doFinal(out, 0);
        return out;
    }
}
