package org.bianmin.audit.internal.note;

import java.nio.charset.StandardCharsets;

/**
 * A public key that checks note signatures (C2SP signed-note): known by its key name and 32-bit
 * key ID, which together pick the signature lines it must verify.
 */
public interface NoteVerifier {
    /** The key name. */
    String name();

    /** The key ID: SHA-256(key name || 0x0A || signature type || public key)[:4], big-endian. */
    int keyId();

    /** Whether {@code signature} (the bytes after the key ID) is this key's signature over {@code text}. */
    boolean verify(byte[] text, byte[] signature);

    /** The verifier key string: {@code <name>+<key ID, 8 hex digits>+base64(type || public key)}. */
    String verifierKey();

    /** Whether a signature line names this key (name and ID both). */
    default boolean matches(NoteSignature signature) {
        return signature.keyName().equals(name()) && signature.keyId() == keyId();
    }

    /** Checks {@code signature} over {@code note}'s text. */
    default boolean verify(SignedNote note, NoteSignature signature) {
        return matches(signature) && verify(note.text().getBytes(StandardCharsets.UTF_8), signature.signature());
    }
}
