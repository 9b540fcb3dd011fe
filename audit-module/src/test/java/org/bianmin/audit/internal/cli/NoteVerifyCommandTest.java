package org.bianmin.audit.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.note.CheckpointNoteSigner;
import org.bianmin.audit.internal.note.CosignatureVerifier;
import org.bianmin.audit.internal.note.NoteSignature;
import org.bianmin.audit.internal.note.SignedNote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit-verify --note}: a checkpoint note checked with pinned log and witness keys and a quorum. */
class NoteVerifyCommandTest {
    private static final Pkcs12AuditKey LOG = Pkcs12AuditKey.ephemeral();
    private static final Pkcs12AuditKey WITNESS = Pkcs12AuditKey.ephemeral();
    private static final Pkcs12AuditKey OTHER_WITNESS = Pkcs12AuditKey.ephemeral();
    private static final String ORIGIN = "luding.gov.cn/bianmin/audit";
    private static final long COSIGNED_AT = 1_795_680_000L;

    @TempDir
    Path dir;

    private CheckpointNoteSigner signer;
    private SignedNote note;
    private CosignatureVerifier witness;
    private CosignatureVerifier otherWitness;
    private String out;

    @BeforeEach
    void signNote() {
        signer = new CheckpointNoteSigner(ORIGIN, LOG);
        note = signer.sign(new Checkpoint(9, new byte[32], Instant.parse("2026-11-26T04:00:00Z"), "id", new byte[] {1}));
        witness = new CosignatureVerifier("ganzi.gov.cn/bianmin/witness", WITNESS.ed25519PublicKey().orElseThrow());
        otherWitness = new CosignatureVerifier("sc.gov.cn/bianmin/witness",
                OTHER_WITNESS.ed25519PublicKey().orElseThrow());
        // tlog-cosignature v1, written out here from the specification rather than by the witness's code
        byte[] message = ("cosignature/v1\ntime " + COSIGNED_AT + "\n" + note.text()).getBytes(StandardCharsets.UTF_8);
        byte[] signature = ByteBuffer.allocate(72).putLong(COSIGNED_AT).put(WITNESS.signEd25519(message)).array();
        note = note.with(List.of(new NoteSignature(witness.name(), witness.keyId(), signature)));
    }

    @Test
    void aNoteWithTheRequiredCosignaturePasses() throws IOException {
        assertEquals(0, run("--note", write(note.encoded()), "--log-key", logKey(0), "--witness-key",
                witness.verifierKey(), "--witness-quorum", "1"));
        assertTrue(out.contains("PASSED  note-signature[" + ORIGIN + ", size=9]"), out);
        assertTrue(out.contains("PASSED  note-cosignatures[" + ORIGIN + ", size=9]"), out);
        assertEquals(0, run("--note", write(note.encoded()), "--log-key", logKey(1)), "the Ed25519 key alone will do");
    }

    @Test
    void withoutAPinnedLogKeyNothingPasses() throws IOException {
        assertEquals(1, run("--note", write(note.encoded())));
        assertTrue(out.contains("FAILED  note-signature[" + ORIGIN + ", size=9]  KEY_NOT_TRUSTED"), out);
        assertEquals(1, run("--note", write(note.encoded()), "--log-key",
                new CheckpointNoteSigner(ORIGIN, Pkcs12AuditKey.ephemeral()).verifiers().get(0).verifierKey()));
        assertTrue(out.contains("KEY_NOT_TRUSTED"), "another log's key signed nothing here: " + out);
    }

    @Test
    void aQuorumThatIsNotMetFails() throws IOException {
        assertEquals(1, run("--note", write(note.encoded()), "--log-key", logKey(0), "--witness-key",
                witness.verifierKey(), "--witness-key", otherWitness.verifierKey(), "--witness-quorum", "2"));
        assertTrue(out.contains("FAILED  note-cosignatures[" + ORIGIN + ", size=9]  QUORUM_NOT_MET"), out);
        assertTrue(out.contains("1 trusted witness(s) signed, 2 required"), out);
    }

    @Test
    void anAlteredNoteOrABrokenFileFails() throws IOException {
        assertEquals(1, run("--note", write(note.encoded().replace("\n9\n", "\n8\n")), "--log-key", logKey(0)));
        assertTrue(out.contains("SIGNATURE_INVALID"), out);
        assertEquals(1, run("--note", write(note.encoded().replace("\u2014 ", "- ")), "--log-key", logKey(0)));
        assertTrue(out.contains("FAILED  note  NOTE_MALFORMED"), out);
        assertEquals(1, run("--note", write(note.encoded()), "--log-key", logKey(0), "--witness-key",
                otherWitness.verifierKey(), "--witness-quorum", "1"));
        assertTrue(out.contains("QUORUM_NOT_MET"), "the given witness did not cosign: " + out);
    }

    @Test
    void aQuorumBeyondTheWitnessKeysIsAUsageError() throws IOException {
        assertEquals(64, run("--note", write(note.encoded()), "--log-key", logKey(0), "--witness-quorum", "1"));
        assertEquals(64, run("--note", write(note.encoded()), "--log-key", "not-a-key"));
    }

    private String logKey(int index) {
        return signer.verifiers().get(index).verifierKey();
    }

    private String write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "checkpoint", ".note");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }

    private int run(String... args) {
        StringWriter output = new StringWriter();
        int status = AuditVerifyCommand.run(args, new PrintWriter(output), new PrintWriter(new StringWriter()));
        out = output.toString();
        return status;
    }
}
