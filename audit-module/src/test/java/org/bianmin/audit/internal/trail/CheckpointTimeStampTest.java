package org.bianmin.audit.internal.trail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bianmin.audit.internal.cli.AuditVerifyCommand;
import org.bianmin.audit.internal.cosign.WitnessPolicy;
import org.bianmin.audit.internal.note.SignedNote;
import org.bianmin.audit.internal.stamp.CheckpointStamper;
import org.bianmin.audit.internal.stamp.CheckpointStamper.Policy;
import org.bianmin.audit.internal.stamp.TestTimeStampAuthority;
import org.bianmin.audit.internal.verify.Sm2Verification;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints time-stamped by an RFC 3161 authority ({@link CheckpointStamper}): the token over SM3
 * of the note's text is stored, travels in the offline proof, and {@code audit-verify} checks it
 * against the trusted CA; and every refusal — a tampered token, a token of another checkpoint, a TSA
 * certificate without id-kp-timeStamping, another authority, a stamp missing where one is required.
 */
class CheckpointTimeStampTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @TempDir
    Path dir;

    private final List<TrailFixture> fixtures = new ArrayList<>();
    private String out;

    @AfterEach
    void close() {
        fixtures.forEach(TrailFixture::close);
    }

    @Test
    void aStampedCheckpointTravelsInTheOfflineProofAndVerifies() throws IOException {
        TestTimeStampAuthority tsa = TestTimeStampAuthority.at(NOW);
        AuditTrailComponent trail = trail(() -> tsa, Policy.REQUIRED);
        trail.appendAll(List.of(TrailFixture.sealUsed(0), TrailFixture.sealUsed(1), TrailFixture.sealUsed(2)));
        long size = trail.publishCheckpoint().treeSize();

        byte[] token = trail.checkpointTimeStamp(size).orElseThrow();
        String noteText = SignedNote.parse(trail.checkpointNote(size)).text();
        assertArrayEquals(CheckpointStamper.imprint(noteText), imprint(token), "the token stamps SM3 of the note's text");
        String proof = proof(trail, 1);
        assertTrue(proof.contains("\"checkpointTimeStamp\":\"" + Base64.getEncoder().encodeToString(token) + "\""), proof);

        assertEquals(0, verify(proof, tsa.caPem(), "--require-timestamp"), out);
        assertTrue(out.matches("(?s).*PASSED  checkpoint-timestamp\\[size=3\\] +genTime 2026-11-26T08:00:01Z by"
                + " CN=Test County TSA.*"), out);
        assertEquals(0, verify(proof, tsa.tsaPem()), "the TSA certificate itself may be the one trusted: " + out);
    }

    @Test
    void aTamperedTokenFails() throws IOException {
        TestTimeStampAuthority tsa = TestTimeStampAuthority.at(NOW);
        AuditTrailComponent trail = trail(() -> tsa, Policy.OPTIONAL);
        trail.appendAll(List.of(TrailFixture.sealUsed(0), TrailFixture.sealUsed(1)));
        long size = trail.publishCheckpoint().treeSize();
        byte[] token = trail.checkpointTimeStamp(size).orElseThrow();
        byte[] tampered = token.clone();
        tampered[tampered.length - 1] ^= 0x01;

        assertEquals(1, verify(withToken(proof(trail, 0), token, tampered), tsa.caPem()), out);
        assertFailed(2, "TIMESTAMP_SIGNATURE_INVALID");
    }

    @Test
    void aTokenOfAnotherCheckpointFails() throws IOException {
        TestTimeStampAuthority tsa = TestTimeStampAuthority.at(NOW);
        AuditTrailComponent trail = trail(() -> tsa, Policy.OPTIONAL);
        trail.appendAll(List.of(TrailFixture.sealUsed(0), TrailFixture.sealUsed(1)));
        byte[] older = trail.checkpointTimeStamp(trail.publishCheckpoint().treeSize()).orElseThrow();
        trail.append(TrailFixture.sealUsed(2));
        byte[] newer = trail.checkpointTimeStamp(trail.publishCheckpoint().treeSize()).orElseThrow();

        assertEquals(1, verify(withToken(proof(trail, 0), newer, older), tsa.caPem()), out);
        assertFailed(3, "TIMESTAMP_IMPRINT_MISMATCH");
    }

    @Test
    void aTsaCertificateWithoutTheTimeStampingPurposeFails() throws IOException {
        TestTimeStampAuthority misissued = TestTimeStampAuthority.withoutTimeStampingPurpose(NOW);
        AuditTrailComponent trail = trail(() -> misissued, Policy.OPTIONAL);
        trail.append(TrailFixture.sealUsed(0));
        trail.publishCheckpoint();

        assertEquals(1, verify(proof(trail, 0), misissued.caPem()), out);
        assertFailed(1, "TIMESTAMP_CERT_PURPOSE");
    }

    @Test
    void aTokenOfAnUntrustedAuthorityFails() throws IOException {
        TestTimeStampAuthority tsa = TestTimeStampAuthority.at(NOW);
        AuditTrailComponent trail = trail(() -> tsa, Policy.OPTIONAL);
        trail.append(TrailFixture.sealUsed(0));
        trail.publishCheckpoint();

        assertEquals(1, verify(proof(trail, 0), TestTimeStampAuthority.at(NOW).caPem()), out);
        assertFailed(1, "TIMESTAMP_NOT_TRUSTED");
    }

    @Test
    void withoutAnAuthorityACheckpointIsPublishedUnstampedUnlessStampsAreRequired() throws IOException {
        AuditTrailComponent optional = trail(() -> null, Policy.OPTIONAL);
        optional.append(TrailFixture.sealUsed(0));
        long size = optional.publishCheckpoint().treeSize();
        assertTrue(optional.checkpointTimeStamp(size).isEmpty());
        String proof = proof(optional, 0);
        assertFalse(proof.contains("checkpointTimeStamp"), proof);
        String ca = TestTimeStampAuthority.at(NOW).caPem();
        assertEquals(0, verify(proof, ca), "a stamp is checked when there is one: " + out);
        assertEquals(1, verify(proof, ca, "--require-timestamp"), out);
        assertFailed(1, "TIMESTAMP_MISSING");

        AuditTrailComponent required = trail(() -> null, Policy.REQUIRED);
        required.append(TrailFixture.sealUsed(0));
        BianminException refused = assertThrows(BianminException.class, required::publishCheckpoint);
        assertEquals(ErrorCode.TIMESTAMP_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().contains("no time-stamp authority"), refused.getMessage());
        assertTrue(required.latestCheckpoint().isEmpty(), "the refused checkpoint rolled back whole");
    }

    @Test
    void anAuthorityThatFailsLeavesTheCheckpointUnstampedUnlessStampsAreRequired() {
        TimeStampSource down = imprint -> {
            throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE, "tsa.ganzi.gov.cn does not answer");
        };
        AuditTrailComponent optional = trail(() -> down, Policy.OPTIONAL);
        optional.append(TrailFixture.sealUsed(0));
        assertTrue(optional.checkpointTimeStamp(optional.publishCheckpoint().treeSize()).isEmpty());

        AuditTrailComponent required = trail(() -> down, Policy.REQUIRED);
        required.append(TrailFixture.sealUsed(0));
        BianminException refused = assertThrows(BianminException.class, required::publishCheckpoint);
        assertEquals(ErrorCode.TIMESTAMP_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().contains("does not answer"), refused.getMessage());
        assertTrue(required.latestCheckpoint().isEmpty());
    }

    @Test
    void requiringAStampWithoutATrustedCertificateIsAUsageError() throws IOException {
        AuditTrailComponent trail = trail(() -> null, Policy.OPTIONAL);
        trail.append(TrailFixture.sealUsed(0));
        trail.publishCheckpoint();
        Path file = Files.writeString(dir.resolve("entry-0.proof.json"), proof(trail, 0));
        assertEquals(64, run("--key", key().toString(), "--proof", file.toString(), "--require-timestamp"));
    }

    private AuditTrailComponent trail(java.util.function.Supplier<TimeStampSource> source, Policy policy) {
        TrailFixture fixture = new TrailFixture();
        fixtures.add(fixture);
        return new AuditTrailComponent(fixture.unit, TrailFixture.KEY, () -> NOW, AuditTrailComponent.DEFAULT_ORIGIN,
                WitnessPolicy.NONE, new CheckpointStamper(source, policy));
    }

    private static String proof(AuditTrailComponent trail, long sequence) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        trail.exportProof(sequence, file);
        return file.toString(StandardCharsets.UTF_8);
    }

    private static String withToken(String proof, byte[] token, byte[] replacement) {
        String member = "\"checkpointTimeStamp\":\"" + Base64.getEncoder().encodeToString(token) + "\"";
        assertTrue(proof.contains(member), proof);
        return proof.replace(member, "\"checkpointTimeStamp\":\"" + Base64.getEncoder().encodeToString(replacement) + "\"");
    }

    private static byte[] imprint(byte[] token) {
        try {
            return new TimeStampToken(new CMSSignedData(token)).getTimeStampInfo().getMessageImprintDigest();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private int verify(String proof, String trustedPem, String... more) throws IOException {
        Path file = Files.writeString(dir.resolve("entry.proof.json"), proof);
        Path trusted = Files.writeString(dir.resolve("tsa-ca.pem"), trustedPem);
        List<String> args = new ArrayList<>(List.of("--key", key().toString(), "--proof", file.toString(),
                "--tsa-cert", trusted.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private Path key() throws IOException {
        return Files.writeString(dir.resolve("audit-key.pem"), Sm2Verification.toPem(TrailFixture.KEY.publicKey()));
    }

    private void assertFailed(long size, String reason) {
        assertTrue(out.matches("(?s).*FAILED  checkpoint-timestamp\\[size=" + size + "\\] +" + reason + ": .*"), out);
    }

    private int run(String... args) {
        StringWriter text = new StringWriter();
        StringWriter errors = new StringWriter();
        int status = AuditVerifyCommand.run(args, new PrintWriter(text), new PrintWriter(errors));
        out = text + errors.toString();
        return status;
    }
}
