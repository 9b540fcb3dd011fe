package org.bianmin.audit.internal.note;

/**
 * What every note verifier holds: key name, signature type, public key encoding, and the key ID
 * and verifier key computed from them ({@link NoteKeyIds}).
 */
abstract class PublicNoteKey implements NoteVerifier {
    private final String name;
    private final byte[] type;
    private final byte[] publicKey;
    private final int keyId;

    PublicNoteKey(String name, byte[] type, byte[] publicKey) {
        this.name = NoteKeyNames.require(name);
        this.type = type.clone();
        this.publicKey = publicKey.clone();
        this.keyId = NoteKeyIds.keyId(name, type, publicKey);
    }

    /** The public key encoding. */
    final byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int keyId() {
        return keyId;
    }

    @Override
    public final String verifierKey() {
        return NoteKeyIds.verifierKey(name, keyId, type, publicKey);
    }
}
