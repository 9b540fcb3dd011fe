package org.bianmin.audit.internal.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Key IDs and verifier keys of signed notes (C2SP signed-note, "Signatures"):
 * {@code key ID = SHA-256(key name || 0x0A || signature type || public key)[:4]}, and the verifier
 * key string {@code <name>+<key ID in 8 hex digits>+base64(signature type || public key)} that
 * note tools read. The signature type is one byte, or {@code 0xff} followed by a longer identifier.
 */
public final class NoteKeyIds {
    private NoteKeyIds() {
    }

    /** The key ID for {@code name}, the signature type bytes and the public key encoding. */
    public static int keyId(String name, byte[] type, byte[] publicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(NoteKeyNames.require(name).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(type);
            sha256.update(publicKey);
            return ByteBuffer.wrap(sha256.digest()).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The verifier key string. */
    public static String verifierKey(String name, int keyId, byte[] type, byte[] publicKey) {
        byte[] material = ByteBuffer.allocate(type.length + publicKey.length).put(type).put(publicKey).array();
        return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + Base64.getEncoder().encodeToString(material);
    }
}
