package org.bianmin.audit.internal.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.log.LogTime;
import org.bianmin.audit.spi.AuditKey;

/**
 * Writes a checkpoint as a signed note (C2SP tlog-checkpoint, signed-note): origin, tree size, root
 * hash, the extension line {@code time <checkpoint time>}, then one signature line per key of the
 * audit key, named by the origin: SM2 (see {@link Sm2NoteVerifier}) and, when the key has one,
 * Ed25519 (type {@code 0x01}).
 */
public final class CheckpointNoteSigner {
    private final String origin;
    private final AuditKey key;
    private final Sm2NoteVerifier sm2;
    private final Optional<Ed25519NoteVerifier> ed25519;

    /** Signs notes of the log {@code origin} with {@code key}. */
    public CheckpointNoteSigner(String origin, AuditKey key) {
        this.origin = NoteKeyNames.require(origin);
        this.key = key;
        this.sm2 = new Sm2NoteVerifier(origin, key.publicKey());
        this.ed25519 = key.ed25519PublicKey().map(publicKey -> new Ed25519NoteVerifier(origin, publicKey));
    }

    /** The checkpoint text of {@code checkpoint}. */
    public CheckpointText text(Checkpoint checkpoint) {
        return new CheckpointText(origin, checkpoint.treeSize(), checkpoint.rootHash(),
                List.of("time " + LogTime.format(checkpoint.time())));
    }

    /** The signed note of {@code checkpoint}. */
    public SignedNote sign(Checkpoint checkpoint) {
        String text = text(checkpoint).text();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> signatures = new ArrayList<>(2);
        signatures.add(new NoteSignature(origin, sm2.keyId(), key.sign(bytes)));
        ed25519.ifPresent(verifier -> signatures.add(new NoteSignature(origin, verifier.keyId(), key.signEd25519(bytes))));
        return new SignedNote(text, signatures);
    }

    /** The verifier keys of the log: SM2 first, then Ed25519 when there is one. */
    public List<NoteVerifier> verifiers() {
        List<NoteVerifier> verifiers = new ArrayList<>(2);
        verifiers.add(sm2);
        ed25519.ifPresent(verifiers::add);
        return verifiers;
    }
}
