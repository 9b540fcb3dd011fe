package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The witness over REST as a witness client meets it (C2SP tlog-witness {@code add-checkpoint}):
 * the test server runs a witness (server config witness/tests.xml) that trusts one log, a
 * {@link NoteLog} of this test's own. It cosigns the log as it grows, with a cosignature that
 * verifies under the key it publishes (tlog-cosignature v1, time from the server's clock); it answers
 * each refusal with the protocol's status and, for a conflict, the size it holds as
 * {@code text/x.tlog.size}; a refused request leaves its state as it was. The tests run in order: they
 * share the witness's one record of the log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WitnessIT {
    private static final String PATH = "/api/witness/add-checkpoint";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String ORIGIN = "it.bianmin.test/log";
    private static final String SEED = "bianmin WitnessIT log key";
    private static final Api AUDITOR = Api.as("auditor.zhao");

    private final NoteLog log = new NoteLog(ORIGIN, SEED).append("a", "b", "c", "d", "e", "f", "g");

    @Test
    @Order(1)
    void theWitnessCosignsTheLogAsItGrows() {
        JsonNode identity = AUDITOR.get("/api/witness").json();
        assertEquals("it.bianmin.test/witness", identity.path("name").asText(), identity::toString);
        Api.Answer first = add(log.addCheckpoint(0, 3));
        assertEquals(200, first.status(), first::toString);
        assertCosigned(first, log.checkpointText(3), identity.path("verifierKey").asText());

        Api.Answer second = add(log.addCheckpoint(3, 5));
        assertEquals(200, second.status(), second::toString);
        assertCosigned(second, log.checkpointText(5), identity.path("verifierKey").asText());
    }

    @Test
    @Order(2)
    void aStaleOldSizeIsAConflictThatNamesTheSizeItHolds() {
        Api.Answer stale = add(log.addCheckpoint(3, 6));
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.contentType().startsWith("text/x.tlog.size"), stale::toString);
        assertEquals("5\n", stale.text());
    }

    @Test
    @Order(3)
    void anotherRootForTheCosignedSizeIsAForkAndRefused() {
        NoteLog fork = new NoteLog(ORIGIN, SEED).append("a", "b", "c", "d", "E");
        Api.Answer answer = add(NoteLog.addCheckpoint(5, List.of(), fork.signedCheckpoint(5)));
        assertEquals(409, answer.status(), answer::toString);
        assertEquals("5\n", answer.text());
    }

    @Test
    @Order(4)
    void aRewrittenHistoryFailsItsConsistencyProof() {
        NoteLog rewritten = new NoteLog(ORIGIN, SEED).append("a", "B", "c", "d", "e", "f", "g");
        Api.Answer answer = add(rewritten.addCheckpoint(5, 7));
        assertEquals(422, answer.status(), answer::toString);

        List<byte[]> proof = log.consistency(5, 7);
        proof.get(0)[0] ^= 1;
        Api.Answer tampered = add(NoteLog.addCheckpoint(5, proof, log.signedCheckpoint(7)));
        assertEquals(422, tampered.status(), "a tampered proof of the true log: " + tampered);
    }

    @Test
    @Order(5)
    void untrustedUnknownAndMalformedRequestsAreRefused() {
        NoteLog stranger = new NoteLog(ORIGIN, "another key").append("a", "b", "c", "d", "e", "f");
        assertEquals(403, add(stranger.addCheckpoint(5, 6)).status(), "signed by a key the witness does not trust");

        String signed = log.signedCheckpoint(6);
        String forged = signed.replaceFirst("\n6\n", "\n16\n");
        assertEquals(403, add(NoteLog.addCheckpoint(5, log.consistency(5, 6), forged)).status(),
                "the trusted key's signature does not verify over an altered size");

        NoteLog unknown = new NoteLog("elsewhere.example/log", SEED).append("a");
        assertEquals(404, add(unknown.addCheckpoint(0, 1)).status(), "an origin the witness trusts no key of");

        assertEquals(400, add("old five\n\n" + signed).status(), "the old size line is not a number");
        assertEquals(400, add(NoteLog.addCheckpoint(7, List.of(), signed)).status(), "old size beyond the checkpoint");
        assertEquals(400, add("old 5\n" + signed).status(), "no blank line before the note");

        Api.Answer anonymous = Api.anonymous().postBytes(PATH, TEXT, log.addCheckpoint(5, 6)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(401, anonymous.status(), "the witness serves the platform's logins only: " + anonymous);
    }

    @Test
    @Order(6)
    void theRefusalsLeftTheWitnessWhereItWas() {
        Api.Answer answer = add(log.addCheckpoint(5, 7));
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("7\n", add(log.addCheckpoint(5, 7)).text(), "and now it holds 7");
    }

    private static Api.Answer add(String body) {
        return AUDITOR.postBytes(PATH, TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer is one cosignature line of the witness (tlog-cosignature v1): its key ID, a time in
     * seconds that is the server's (pinned) clock, and an Ed25519 signature over
     * {@code cosignature/v1\ntime <T>\n} and the checkpoint text under the published key.
     */
    private static void assertCosigned(Api.Answer answer, String checkpointText, String verifierKey) {
        assertTrue(answer.contentType().startsWith("text/plain"), answer::toString);
        String[] line = answer.text().split(" ");
        assertEquals(3, line.length, answer::toString);
        assertEquals("\u2014", line[0]);
        assertEquals("it.bianmin.test/witness", line[1]);
        byte[] cosignature = Base64.getDecoder().decode(line[2].strip());
        assertEquals(4 + 8 + 64, cosignature.length, "key ID, time and Ed25519 signature");

        String[] key = verifierKey.split("\\+", 3);
        assertEquals("it.bianmin.test/witness", key[0]);
        byte[] typed = Base64.getDecoder().decode(key[2]);
        assertEquals(0x04, typed[0], "a cosignature key (type 0x04)");
        assertEquals(key[1], java.util.HexFormat.of().formatHex(cosignature, 0, 4), "the line names the published key");

        Instant time = Instant.ofEpochSecond(ByteBuffer.wrap(cosignature, 4, 8).getLong());
        Instant earliest = ServerClock.start().toInstant().plus(ServerClock.stepped()).minusSeconds(1);
        assertTrue(!time.isBefore(earliest) && time.isBefore(earliest.plus(Duration.ofHours(3))),
                "the time is the server's pinned clock (from " + earliest + "), not the machine's: " + time);

        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(Arrays.copyOfRange(typed, 1, typed.length), 0));
        String header = "cosignature/v1\ntime " + time.getEpochSecond() + "\n";
        byte[] message = (header + checkpointText).getBytes(StandardCharsets.UTF_8);
        verifier.update(message, 0, message.length);
        assertTrue(verifier.verifySignature(Arrays.copyOfRange(cosignature, 12, cosignature.length)),
                "the cosignature verifies over the checkpoint text");
        byte[] other = (header + checkpointText.replace("\n", "\n\n")).getBytes(StandardCharsets.UTF_8);
        verifier.update(other, 0, other.length);
        assertFalse(verifier.verifySignature(Arrays.copyOfRange(cosignature, 12, cosignature.length)),
                "and over nothing else");
    }
}
