package org.bianmin.it.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A log of the test's own, in memory: an RFC 9162 Merkle tree with SM3 over its entries, its
 * checkpoints as C2SP signed notes with one Ed25519 signature line, and the consistency proofs
 * between them (RFC 9162 §2.1.4.1). Written from the specifications, independently of the server's
 * code, so that a witness that cosigns it reads the formats as they are specified.
 */
final class NoteLog {
    private static final byte ED25519 = 0x01;

    private final String origin;
    private final Ed25519PrivateKeyParameters key;
    private final List<byte[]> leaves = new ArrayList<>();

    /** A log named {@code origin} whose note key is derived from {@code seed} (SHA-256 of it). */
    NoteLog(String origin, String seed) {
        this.origin = origin;
        this.key = new Ed25519PrivateKeyParameters(sha256(seed.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** Appends entries, each its text. */
    NoteLog append(String... entries) {
        for (String entry : entries) {
            leaves.add(leafHash(entry.getBytes(StandardCharsets.UTF_8)));
        }
        return this;
    }

    /** The note verifier key {@code <origin>+<key ID>+base64(0x01 || public key)} a witness is configured with. */
    String verifierKey() {
        return origin + "+" + java.util.HexFormat.of().formatHex(keyId()) + "+"
                + Base64.getEncoder().encodeToString(typed());
    }

    /** The checkpoint text of the first {@code size} entries: origin, size and root hash lines. */
    String checkpointText(int size) {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root(size)) + "\n";
    }

    /** The checkpoint of the first {@code size} entries as a signed note. */
    String signedCheckpoint(int size) {
        return signed(checkpointText(size));
    }

    /** {@code text} followed by a blank line and this log's signature line. */
    String signed(String text) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        signer.update(message, 0, message.length);
        byte[] signature = signer.generateSignature();
        byte[] line = new byte[4 + signature.length];
        System.arraycopy(keyId(), 0, line, 0, 4);
        System.arraycopy(signature, 0, line, 4, signature.length);
        return text + "\n\u2014 " + origin + " " + Base64.getEncoder().encodeToString(line) + "\n";
    }

    /**
     * An {@code add-checkpoint} body (C2SP tlog-witness): the old size, the consistency proof from
     * it, a blank line and the signed checkpoint of {@code size}.
     */
    String addCheckpoint(int oldSize, int size) {
        return addCheckpoint(oldSize, oldSize == 0 ? List.of() : consistency(oldSize, size), signedCheckpoint(size));
    }

    /** An {@code add-checkpoint} body of the given parts. */
    static String addCheckpoint(int oldSize, List<byte[]> proof, String signedCheckpoint) {
        StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
        proof.forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        return body.append('\n').append(signedCheckpoint).toString();
    }

    /** The root hash of the first {@code size} entries. */
    byte[] root(int size) {
        return hash(0, size);
    }

    /** The consistency proof from the first {@code oldSize} entries to the first {@code size} (RFC 9162 §2.1.4.1). */
    List<byte[]> consistency(int oldSize, int size) {
        List<byte[]> proof = new ArrayList<>();
        subproof(oldSize, 0, size, true, proof);
        return proof;
    }

    private void subproof(int m, int from, int to, boolean complete, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                proof.add(hash(from, to));
            }
            return;
        }
        int k = Integer.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, from, from + k, complete, proof);
            proof.add(hash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(hash(from, from + k));
        }
    }

    /** MTH of the entries {@code [from, to)}. */
    private byte[] hash(int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        if (to == from) {
            return sm3(new byte[0]);
        }
        int k = Integer.highestOneBit(to - from - 1);
        return MerkleProofs.node(hash(from, from + k), hash(from + k, to));
    }

    private static byte[] leafHash(byte[] entry) {
        byte[] prefixed = new byte[entry.length + 1];
        System.arraycopy(entry, 0, prefixed, 1, entry.length);
        return sm3(prefixed);
    }

    private byte[] typed() {
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(key.generatePublicKey().getEncoded(), 0, typed, 1, 32);
        return typed;
    }

    /** The key ID: the first four bytes of SHA-256(name || 0x0A || 0x01 || public key) (C2SP signed-note). */
    private byte[] keyId() {
        byte[] name = (origin + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] typed = typed();
        byte[] input = Arrays.copyOf(name, name.length + typed.length);
        System.arraycopy(typed, 0, input, name.length, typed.length);
        return Arrays.copyOf(sha256(input), 4);
    }

    private static byte[] sm3(byte[] input) {
        SM3Digest digest = new SM3Digest();
        digest.update(input, 0, input.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
