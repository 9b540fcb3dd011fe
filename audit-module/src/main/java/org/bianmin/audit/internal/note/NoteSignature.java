package org.bianmin.audit.internal.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line of a signed note (C2SP signed-note, "Signatures"):
 * {@code — <key name> base64(32-bit key ID || signature)}.
 *
 * @param keyName   the signer's key name (no spaces, no {@code +})
 * @param keyId     the 32-bit key ID, big-endian in the line
 * @param signature the signature bytes after the key ID
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {
    /** The em dash and space that open a signature line. */
    public static final String PREFIX = "\u2014 ";

    public NoteSignature {
        NoteKeyNames.require(keyName);
        if (signature == null || signature.length == 0) {
            throw new NoteFormatException("a note signature must not be empty");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line, ending in a line feed. */
    public String line() {
        byte[] payload = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return PREFIX + keyName + " " + Base64.getEncoder().encodeToString(payload) + "\n";
    }

    /** Reads one line without its line feed; fails with {@link NoteFormatException} naming the offence. */
    public static NoteSignature parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new NoteFormatException("a signature line must start with an em dash and a space: " + shorten(line));
        }
        String rest = line.substring(PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new NoteFormatException("a signature line needs a key name, a space and a base64 signature: "
                    + shorten(line));
        }
        String name = rest.substring(0, space);
        NoteKeyNames.require(name);
        String encoded = rest.substring(space + 1);
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException("the signature of key " + name + " is not base64: " + e.getMessage());
        }
        if (!Base64.getEncoder().encodeToString(payload).equals(encoded)) {
            throw new NoteFormatException("the signature of key " + name + " is not canonical base64 (RFC 4648 §4)");
        }
        if (payload.length < 5) {
            throw new NoteFormatException("the signature of key " + name + " holds " + payload.length
                    + " bytes, fewer than a 4-byte key ID and a signature");
        }
        return new NoteSignature(name, ByteBuffer.wrap(payload).getInt(), Arrays.copyOfRange(payload, 4, payload.length));
    }

    private static String shorten(String line) {
        return line.length() <= 60 ? "'" + line + "'" : "'" + line.substring(0, 60) + "…'";
    }
}
