package org.bianmin.audit.internal.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.WitnessAnswer;
import org.bianmin.audit.WitnessAnswer.Outcome;
import org.bianmin.audit.internal.cli.AuditVerifyCommand;
import org.bianmin.audit.internal.cosign.WitnessEndpoint;
import org.bianmin.audit.internal.cosign.WitnessPolicy;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.note.CosignatureVerifier;
import org.bianmin.audit.internal.note.NoteSignature;
import org.bianmin.audit.internal.note.NoteVerifier;
import org.bianmin.audit.internal.note.SignedNote;
import org.bianmin.audit.internal.note.VerifierKeys;
import org.bianmin.audit.internal.persistence.AuditStorage;
import org.bianmin.audit.internal.trail.AuditTrailComponent;
import org.bianmin.audit.internal.verify.Sm2Verification;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A log and a witness as separate component instances with separate storages (the {@code audit_*}
 * and the {@code witness_*} tables, each with its own Flyway history) on one database, on H2,
 * PostgreSQL or MariaDB: the witness cosigns a log that grows, keeps its state over a restart,
 * refuses every malformed or untrusted request with the status tlog-witness gives it, lets one of
 * two racing requests win, and never cosigns a rewritten history.
 */
class WitnessTest {
    private static final String ORIGIN = "luding.gov.cn/bianmin/audit";
    private static final String WITNESS = "ganzi.gov.cn/bianmin/witness";
    private static final Pkcs12AuditKey LOG_KEY = Pkcs12AuditKey.ephemeral();
    private static final Pkcs12AuditKey WITNESS_KEY = Pkcs12AuditKey.ephemeral();
    private static final Instant START = Instant.parse("2026-11-26T08:00:00Z");

    private final AtomicLong tick = new AtomicLong();
    private final TimeSource clock = () -> START.plusSeconds(tick.incrementAndGet());
    private final TestDatabase database = TestDatabase.create();
    private final List<AutoCloseable> open = new ArrayList<>(List.of(database));

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void theWitnessCosignsAGrowingLogAndTheCheckpointCounts() {
        WitnessComponent witness = witness();
        AuditTrailComponent log = log(witness);
        append(log, 0, 3);
        long first = log.publishCheckpoint().treeSize();
        SignedNote note = SignedNote.parse(log.checkpointNote(first));
        assertEquals(3, note.signatures().size(), "SM2, Ed25519 and the witness's cosignature");
        assertTrue(log.witnessed(first));
        NoteSignature cosignature = note.signatures().get(2);
        assertEquals(WITNESS, cosignature.keyName());
        assertEquals(START.getEpochSecond() + tick.get(), CosignatureVerifier.time(cosignature.signature()),
                "the cosignature's time is the witness's clock, in seconds");

        append(log, 3, 5);
        long second = log.publishCheckpoint().treeSize();
        assertTrue(log.witnessed(second), "the second checkpoint is cosigned after a consistency proof from 3");
        assertEquals(8, second);
        assertEquals(conflict(8), witness.addCheckpoint(request(0, List.of(), log.checkpointNote(second))),
                "the witness's state is the checkpoint of 8");
    }

    @Test
    void anOfflineProofCarriesTheCosignaturesAndAuditVerifyChecksTheQuorum() throws Exception {
        WitnessComponent witness = witness();
        AuditTrailComponent log = log(witness);
        append(log, 0, 3);
        log.publishCheckpoint();
        Path dir = Files.createTempDirectory("offline-proof");
        Path key = Files.writeString(dir.resolve("county-audit-key.pem"), Sm2Verification.toPem(LOG_KEY.publicKey()));
        Path proof = dir.resolve("entry-1.proof.json");
        try (OutputStream out = Files.newOutputStream(proof)) {
            log.exportProof(1, out);
        }
        assertEquals(0, verify("--key", key.toString(), "--proof", proof.toString(), "--witness-key",
                witness.verifierKey(), "--witness-quorum", "1"));
        assertEquals(0, verify("--key", key.toString(), "--proof", proof.toString()), "without witness options as before");

        String otherWitness = new CosignatureVerifier(WITNESS, Pkcs12AuditKey.ephemeral().ed25519PublicKey()
                .orElseThrow()).verifierKey();
        assertEquals(1, verify("--key", key.toString(), "--proof", proof.toString(), "--witness-key", otherWitness,
                "--witness-quorum", "1"), "a witness that did not cosign");
        Files.writeString(proof, Files.readString(proof).replaceFirst("\\\\n3\\\\n", "\\\\n2\\\\n"));
        assertEquals(1, verify("--key", key.toString(), "--proof", proof.toString(), "--witness-key",
                witness.verifierKey(), "--witness-quorum", "1"), "a note altered in the file");
    }

    private static int verify(String... args) {
        return AuditVerifyCommand.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void aPolicyThatNeedsAWitnessThatDidNotCosignIsNotMet() {
        WitnessComponent witness = witness();
        CosignatureVerifier absent = new CosignatureVerifier("absent.example/witness",
                Pkcs12AuditKey.ephemeral().ed25519PublicKey().orElseThrow());
        WitnessPolicy policy = new WitnessPolicy(List.of(endpoint(witness),
                new WitnessEndpoint(absent, request -> { throw new IllegalStateException("unreachable"); })), 2);
        AuditTrailComponent log = trail(LOG_KEY, policy);
        append(log, 0, 2);
        long size = log.publishCheckpoint().treeSize();
        assertFalse(log.witnessed(size), "one of the two required witnesses cosigned");
        assertEquals(3, SignedNote.parse(log.checkpointNote(size)).signatures().size());
    }

    @Test
    void aRewrittenHistoryIsRefusedAndNotCosigned() {
        WitnessComponent witness = witness();
        AuditTrailComponent honest = log(witness);
        append(honest, 0, 4);
        assertTrue(honest.witnessed(honest.publishCheckpoint().treeSize()));

        // the same origin and key over other entries: a second database holding a rewritten log
        try (TestDatabase elsewhere = TestDatabase.create()) {
            JpaUnit forgedUnit = AuditStorage.open(elsewhere.dataSource());
            AuditTrailComponent forged = new AuditTrailComponent(forgedUnit, LOG_KEY, clock, ORIGIN,
                    new WitnessPolicy(List.of(endpoint(witness)), 1));
            append(forged, 100, 4);
            long sameSize = forged.publishCheckpoint().treeSize();
            assertEquals(4, sameSize);
            assertFalse(forged.witnessed(sameSize), "same size, other root: not cosigned");
            String forgedFour = forged.checkpointNote(4);
            assertEquals(conflict(4), witness.addCheckpoint(request(4, List.of(), forgedFour)));

            append(forged, 104, 3);
            long grown = forged.publishCheckpoint().treeSize();
            assertFalse(forged.witnessed(grown), "a grown fork: the proof from 4 does not lead from the cosigned root");
            WitnessAnswer answer = witness.addCheckpoint(request(4, forged.consistencyProof(4, grown).path(),
                    forged.checkpointNote(grown)));
            assertEquals(Outcome.INCONSISTENT, answer.outcome(), answer.body());
            assertTrue(SignedNote.parse(forged.checkpointNote(grown)).signatures().stream()
                    .noneMatch(signature -> signature.keyName().equals(WITNESS)), "no cosignature stored with the fork");
            forgedUnit.close();
        }
        assertEquals(conflict(4), witness.addCheckpoint(request(0, List.of(), honest.checkpointNote(4))),
                "the witness still holds the honest checkpoint of 4");
        append(honest, 4, 2);
        assertTrue(honest.witnessed(honest.publishCheckpoint().treeSize()), "and goes on cosigning the honest log");
    }

    @Test
    void everyRefusalHasItsStatus() {
        WitnessComponent witness = witness();
        AuditTrailComponent log = trail(LOG_KEY, WitnessPolicy.NONE);
        append(log, 0, 3);
        log.publishCheckpoint();
        append(log, 3, 3);
        log.publishCheckpoint();
        String six = log.checkpointNote(6);
        List<byte[]> proof = log.consistencyProof(3, 6).path();

        assertStatus(Outcome.MALFORMED, witness.addCheckpoint("old 03\n\n".getBytes(StandardCharsets.UTF_8)));
        assertStatus(Outcome.MALFORMED, witness.addCheckpoint(("old 3\nnot*base64\n\n" + six).getBytes(StandardCharsets.UTF_8)));
        assertStatus(Outcome.MALFORMED, witness.addCheckpoint(("old 3\n" + six).getBytes(StandardCharsets.UTF_8)));
        assertStatus(Outcome.MALFORMED, witness.addCheckpoint(request(7, List.of(), six)));
        String manyLines = "AAAA\n".repeat(AddCheckpointRequest.MAX_PROOF_LINES + 1);
        assertStatus(Outcome.MALFORMED, witness.addCheckpoint(("old 3\n" + manyLines + "\n" + six)
                .getBytes(StandardCharsets.UTF_8)));

        assertStatus(Outcome.UNKNOWN_LOG, witness.addCheckpoint(request(3, proof,
                six.replace(ORIGIN + "\n", "other.example/log\n"))));
        String stranger = trail(Pkcs12AuditKey.ephemeral(), WitnessPolicy.NONE).noteVerifierKeys().get(0);
        SignedNote signed = SignedNote.parse(six);
        SignedNote unsigned = new SignedNote(signed.text(), List.of(new NoteSignature(ORIGIN,
                VerifierKeys.parse(stranger).keyId(), new byte[] {1, 2, 3})));
        assertStatus(Outcome.NOT_TRUSTED, witness.addCheckpoint(request(3, proof, unsigned.encoded())));
        NoteSignature sm2 = signed.signatures().get(0);
        byte[] broken = sm2.signature();
        broken[broken.length - 1] ^= 1;
        SignedNote tampered = new SignedNote(signed.text(), List.of(new NoteSignature(ORIGIN, sm2.keyId(), broken),
                signed.signatures().get(1)));
        assertStatus(Outcome.NOT_TRUSTED, witness.addCheckpoint(request(3, proof, tampered.encoded())),
                "a trusted key's signature that fails rejects the note");

        assertStatus(Outcome.INCONSISTENT, witness.addCheckpoint(request(0, proof, log.checkpointNote(3))),
                "old 0 with a proof");
        assertStatus(Outcome.COSIGNED, witness.addCheckpoint(request(0, List.of(), log.checkpointNote(3))));
        assertEquals(conflict(3), witness.addCheckpoint(request(5, List.of(), six)), "old 5 is not the latest");
        List<byte[]> wrong = new ArrayList<>(proof);
        wrong.set(0, new byte[32]);
        assertStatus(Outcome.INCONSISTENT, witness.addCheckpoint(request(3, wrong, six)));
    }

    @Test
    void theWitnessKeepsItsStateOverARestart() {
        WitnessComponent witness = witness();
        AuditTrailComponent log = log(witness);
        append(log, 0, 5);
        long size = log.publishCheckpoint().treeSize();
        assertTrue(log.witnessed(size));
        WitnessComponent restarted = witness();
        assertEquals(conflict(5), restarted.addCheckpoint(request(0, List.of(), log.checkpointNote(size))));
        assertEquals(witness.verifierKey(), restarted.verifierKey());
    }

    @Test
    void ofTwoRequestsFromTheSameOldSizeOnlyOneWins() throws Exception {
        WitnessComponent witness = witness();
        AuditTrailComponent log = trail(LOG_KEY, WitnessPolicy.NONE);
        append(log, 0, 4);
        log.publishCheckpoint();
        assertStatus(Outcome.COSIGNED, witness.addCheckpoint(request(0, List.of(), log.checkpointNote(4))));
        append(log, 4, 1);
        log.publishCheckpoint();
        append(log, 5, 1);
        log.publishCheckpoint();
        byte[] five = request(4, log.consistencyProof(4, 5).path(), log.checkpointNote(5));
        byte[] six = request(4, log.consistencyProof(4, 6).path(), log.checkpointNote(6));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<WitnessAnswer> a = () -> {
                start.await();
                return witness.addCheckpoint(five);
            };
            Callable<WitnessAnswer> b = () -> {
                start.await();
                return witness.addCheckpoint(six);
            };
            Future<WitnessAnswer> first = threads.submit(a);
            Future<WitnessAnswer> second = threads.submit(b);
            start.countDown();
            List<WitnessAnswer> answers = List.of(first.get(), second.get());
            assertEquals(1, answers.stream().filter(answer -> answer.outcome() == Outcome.COSIGNED).count(), answers::toString);
            WitnessAnswer loser = answers.stream().filter(answer -> answer.outcome() != Outcome.COSIGNED).findFirst()
                    .orElseThrow();
            long winner = first.get().outcome() == Outcome.COSIGNED ? 5 : 6;
            assertEquals(conflict(winner), loser, "the loser learns the winner's size");
        } finally {
            threads.shutdownNow();
        }
    }

    private WitnessComponent witness() {
        JpaUnit unit = WitnessStorage.open(database.dataSource());
        open.add(unit);
        List<NoteVerifier> logKeys = trail(LOG_KEY, WitnessPolicy.NONE).noteVerifierKeys().stream()
                .map(VerifierKeys::parse).toList();
        return new WitnessComponent(unit, WITNESS, WITNESS_KEY, logKeys, clock);
    }

    private static WitnessEndpoint endpoint(WitnessComponent witness) {
        return new WitnessEndpoint((CosignatureVerifier) VerifierKeys.parse(witness.verifierKey()), witness::addCheckpoint);
    }

    private AuditTrailComponent log(WitnessComponent witness) {
        return trail(LOG_KEY, new WitnessPolicy(List.of(endpoint(witness)), 1));
    }

    /** A log on the test database, as one platform node opens it. */
    private AuditTrailComponent trail(Pkcs12AuditKey key, WitnessPolicy policy) {
        JpaUnit unit = AuditStorage.open(database.dataSource());
        open.add(unit);
        return new AuditTrailComponent(unit, key, clock, ORIGIN, policy);
    }

    private static void append(AuditTrailComponent log, int from, int count) {
        for (int i = from; i < from + count; i++) {
            log.append(new AuditEvent(AuditEventType.SEAL_USED, Actor.of("township.clerk.wang"), "LD-SEAL-" + i,
                    Map.of("document", "approval-" + i)));
        }
    }

    private static byte[] request(long old, List<byte[]> proof, String note) {
        StringBuilder body = new StringBuilder("old ").append(old).append('\n');
        proof.forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        return body.append('\n').append(note).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static WitnessAnswer conflict(long size) {
        return new WitnessAnswer(Outcome.CONFLICT, size + "\n");
    }

    private static void assertStatus(Outcome expected, WitnessAnswer answer) {
        assertEquals(expected, answer.outcome(), answer.body());
    }

    private static void assertStatus(Outcome expected, WitnessAnswer answer, String why) {
        assertEquals(expected, answer.outcome(), why + ": " + answer.body());
    }
}
