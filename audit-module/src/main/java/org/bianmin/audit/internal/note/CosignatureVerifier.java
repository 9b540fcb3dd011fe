package org.bianmin.audit.internal.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A witness's Ed25519 cosignature key (C2SP tlog-cosignature v1, type {@code 0x04}). A
 * cosignature is a {@code timestamped_signature}: a big-endian u64 POSIX time, then the Ed25519
 * signature over {@code cosignature/v1\ntime <T>\n} followed by the checkpoint's note text.
 */
public final class CosignatureVerifier extends PublicNoteKey {
    /** The signature type byte. */
    public static final byte TYPE = 0x04;

    private final byte[] publicKey;

    /** The witness {@code name} with its 32-byte Ed25519 public key. */
    public CosignatureVerifier(String name, byte[] publicKey) {
        super(name, new byte[] {TYPE}, Ed25519NoteVerifier.requireLength(publicKey));
        this.publicKey = publicKey.clone();
    }

    /** The message a v1 cosignature at {@code time} (seconds) signs over {@code text}. */
    public static byte[] message(long time, byte[] text) {
        byte[] header = ("cosignature/v1\ntime " + time + "\n").getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + text.length).put(header).put(text).array();
    }

    /** The time of a cosignature, or -1 when it is not a {@code timestamped_signature}. */
    public static long time(byte[] signature) {
        if (signature.length != 8 + 64) {
            return -1;
        }
        long time = ByteBuffer.wrap(signature).getLong();
        return time < 0 ? -1 : time;
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        long time = time(signature);
        if (time < 0) {
            return false;
        }
        byte[] ed25519 = new byte[64];
        System.arraycopy(signature, 8, ed25519, 0, 64);
        return Ed25519NoteVerifier.ed25519(publicKey, message(time, text), ed25519);
    }
}
