package org.bianmin.audit.internal.note;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * An Ed25519 note key (C2SP signed-note, "Ed25519 signatures", type {@code 0x01}): RFC 8032
 * signatures over the note text, so that any signed-note tool can check a checkpoint.
 */
public final class Ed25519NoteVerifier extends PublicNoteKey {
    /** The signature type byte. */
    public static final byte TYPE = 0x01;

    private final byte[] publicKey;

    /** The key {@code name} with the 32-byte RFC 8032 public key. */
    public Ed25519NoteVerifier(String name, byte[] publicKey) {
        super(name, new byte[] {TYPE}, requireLength(publicKey));
        this.publicKey = publicKey.clone();
    }

    static byte[] requireLength(byte[] publicKey) {
        if (publicKey == null || publicKey.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new NoteFormatException("an Ed25519 public key has 32 bytes");
        }
        return publicKey.clone();
    }

    /** Whether {@code signature} is an RFC 8032 Ed25519 signature of {@code message} by {@code publicKey}. */
    static boolean ed25519(byte[] publicKey, byte[] message, byte[] signature) {
        if (signature.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
            return false;
        }
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        return ed25519(publicKey, text, signature);
    }
}
