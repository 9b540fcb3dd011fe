package org.bianmin.audit.internal.verify;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.note.CheckpointText;
import org.bianmin.audit.internal.note.NoteFormatException;
import org.bianmin.audit.internal.note.NoteSignature;
import org.bianmin.audit.internal.note.NoteVerifier;
import org.bianmin.audit.internal.note.SignedNote;

/**
 * Checks a checkpoint note (C2SP tlog-checkpoint) offline: the log's signature with the pinned log
 * keys (signed-note: lines of unknown keys are ignored, a known key's line that fails rejects the
 * note, and at least one known key must verify), then the cosignatures (tlog-cosignature) of the
 * trusted witnesses against the required number.
 */
public final class NoteCheck {
    private final List<NoteVerifier> logKeys;
    private final List<NoteVerifier> witnessKeys;
    private final int quorum;

    /** Trusts {@code logKeys} for the log and {@code witnessKeys} for cosignatures, of which {@code quorum} must verify. */
    public NoteCheck(List<NoteVerifier> logKeys, List<NoteVerifier> witnessKeys, int quorum) {
        this.logKeys = List.copyOf(logKeys);
        this.witnessKeys = List.copyOf(witnessKeys);
        this.quorum = quorum;
    }

    /** The checks of one note: its log signature, and its cosignatures when witnesses are trusted or required. */
    public List<AuditCheckResult> check(String noteText) {
        SignedNote note;
        CheckpointText checkpoint;
        try {
            note = SignedNote.parse(noteText);
            checkpoint = CheckpointText.parse(note.text());
        } catch (NoteFormatException e) {
            return List.of(AuditCheckResult.failed("note", Reason.NOTE_MALFORMED, e.getMessage()));
        }
        String suffix = "[" + checkpoint.origin() + ", size=" + checkpoint.treeSize() + "]";
        List<AuditCheckResult> results = new ArrayList<>(2);
        results.add(signatures("note-signature" + suffix, note, logKeys, 1, "log"));
        if (quorum > 0 || !witnessKeys.isEmpty()) {
            results.add(signatures("note-cosignatures" + suffix, note, witnessKeys, quorum, "witness"));
        }
        return results;
    }

    /**
     * The checks of the note carried by an offline proof: the note (as {@link #check}) must show
     * the size and root of the proof's checkpoint. {@code note} may be null (a proof without one),
     * which fails only when cosignatures are required.
     */
    public List<AuditCheckResult> checkFor(Checkpoint checkpoint, String note) {
        String name = "note-checkpoint[size=" + checkpoint.treeSize() + "]";
        if (note == null) {
            return List.of(AuditCheckResult.failed(name, Reason.QUORUM_NOT_MET, "the proof carries no checkpoint note,"
                    + " so no cosignatures"));
        }
        List<AuditCheckResult> results = new ArrayList<>(check(note));
        try {
            CheckpointText text = CheckpointText.parse(SignedNote.parse(note).text());
            results.add(text.treeSize() == checkpoint.treeSize()
                    && MessageDigest.isEqual(text.rootHash(), checkpoint.rootHash())
                    ? AuditCheckResult.passed(name, "the note shows the checkpoint's size and root")
                    : AuditCheckResult.failed(name, Reason.ROOT_MISMATCH, "the note shows size " + text.treeSize()
                            + " and another root than the proof's checkpoint"));
        } catch (NoteFormatException e) {
            // reported by check(note)
        }
        return results;
    }

    private static AuditCheckResult signatures(String name, SignedNote note, List<NoteVerifier> keys, int required,
            String role) {
        if (keys.isEmpty() && required > 0) {
            return AuditCheckResult.failed(name, Reason.KEY_NOT_TRUSTED, "no " + role + " key given to trust: give the"
                    + " published verifier key (--" + role + "-key)");
        }
        List<String> verified = new ArrayList<>();
        for (NoteVerifier key : keys) {
            for (NoteSignature signature : note.signatures()) {
                if (!key.matches(signature)) {
                    continue;
                }
                if (!key.verify(note, signature)) {
                    return AuditCheckResult.failed(name, Reason.SIGNATURE_INVALID, "the signature of " + key.name()
                            + " (key " + HexFormat.of().toHexDigits(key.keyId()) + ") does not verify: the note was"
                            + " altered or forged");
                }
                if (!verified.contains(key.name() + "+" + HexFormat.of().toHexDigits(key.keyId()))) {
                    verified.add(key.name() + "+" + HexFormat.of().toHexDigits(key.keyId()));
                }
            }
        }
        long distinct = verified.stream().map(key -> key.substring(0, key.lastIndexOf('+'))).distinct().count();
        if (role.equals("witness") ? distinct < required : verified.isEmpty()) {
            return AuditCheckResult.failed(name, role.equals("witness") ? Reason.QUORUM_NOT_MET : Reason.KEY_NOT_TRUSTED,
                    distinct + " trusted " + role + "(s) signed, " + required + " required");
        }
        return AuditCheckResult.passed(name, verified.size() + " signature(s) valid: " + String.join(", ", verified));
    }
}
