package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bianmin.it.AuditVerifyJar;
import org.bouncycastle.util.encoders.Hex;

/**
 * What a fault test's clients were told was done (acknowledged: a signature handed out, a case
 * received) and what they sent without a definite answer (unknown: recorded or not, never twice),
 * and the checks that the node, after the fault, holds every acknowledged act exactly once and
 * nothing the clients did not send: in the seal's use register (用印登记), among the proxy cases and
 * in the audit log. {@link ServerKillIT} and {@link PostgresOutageIT} share them.
 */
class AcknowledgedActs {
    private static final Api AUDITOR = Api.as("auditor.zhao");

    /** The seals the clients sign with. */
    final List<String> signingSeals;
    /** Acknowledged signatures: case number → the SES_Signature handed out. */
    final Map<String, byte[]> signatures = new ConcurrentHashMap<>();
    /** Acknowledged proxy cases, by id. */
    final List<String> cases = new CopyOnWriteArrayList<>();
    /** What the clients sent without a definite answer: a signature's case number, else the kind of request. */
    final List<String> unknown = new CopyOnWriteArrayList<>();

    AcknowledgedActs(List<String> signingSeals) {
        this.signingSeals = List.copyOf(signingSeals);
    }

    /**
     * Each acknowledged signature once in its seal's register, naming the very signature handed out;
     * nothing else there but unknown ones, each at most once. Returns how many unknown signatures
     * the register holds.
     */
    long assertEverySignatureOnceInTheUseRegister(URI node) {
        Map<String, List<JsonNode>> recorded = new HashMap<>();
        for (String esId : signingSeals) {
            auditor(node).get("/api/seals/" + esId + "/uses").json().forEach(use ->
                    recorded.computeIfAbsent(use.path("caseNumber").asText(), number -> new ArrayList<>()).add(use));
        }
        signatures.forEach((caseNumber, der) -> {
            List<JsonNode> uses = recorded.getOrDefault(caseNumber, List.of());
            assertEquals(1, uses.size(), "acknowledged signature " + caseNumber + " once in the use register: " + uses);
            assertEquals(Hex.toHexString(TwoNodesIT.sm3(der)), uses.get(0).path("signatureHash").asText(),
                    "the register names the signature handed out for " + caseNumber);
        });
        recorded.forEach((caseNumber, uses) -> {
            assertEquals(1, uses.size(), caseNumber + " at most once in the use register");
            assertTrue(signatures.containsKey(caseNumber) || unknown.contains(caseNumber),
                    "only what the clients signed with an answer, or without a definite one, is recorded: "
                            + caseNumber);
        });
        return unknown.stream().filter(recorded::containsKey).count();
    }

    /** Every acknowledged case found. */
    void assertEveryCaseRecorded(URI node) {
        for (String id : cases) {
            Api.Answer found = auditor(node).get("/api/proxy/cases/" + id);
            assertEquals(200, found.status(), "acknowledged case " + id + ": " + found);
        }
    }

    /**
     * Every acknowledged signature once as SEAL_USED and every acknowledged case once as
     * PROXY_CASE_RECEIVED: nothing an outbox held is lost or integrated twice. The outboxes are
     * integrated in the background, so this waits for them up to {@code patience}.
     */
    void assertEveryActOnceInTheAuditLog(URI node, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Map<String, Integer> used = new HashMap<>();
            Map<String, Integer> received = new HashMap<>();
            for (JsonNode entry : auditEntries(node)) {
                String type = entry.path("type").asText();
                if ("SEAL_USED".equals(type)) {
                    used.merge(entry.path("payloadJson").asText(), 1, Integer::sum);
                } else if ("PROXY_CASE_RECEIVED".equals(type)) {
                    received.merge(entry.path("subject").asText(), 1, Integer::sum);
                }
            }
            Map<String, Integer> usedByCase = new HashMap<>();
            used.forEach((payload, count) -> usedByCase.merge(caseNumberOf(payload), count, Integer::sum));
            usedByCase.forEach((caseNumber, count) -> assertEquals(1, count, caseNumber + " at most once as SEAL_USED"));
            received.forEach((id, count) -> assertEquals(1, count, id + " at most once as PROXY_CASE_RECEIVED"));
            boolean complete = usedByCase.keySet().containsAll(signatures.keySet())
                    && received.keySet().containsAll(cases);
            if (complete) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                List<String> missing = new ArrayList<>(signatures.keySet());
                missing.removeAll(usedByCase.keySet());
                List<String> missingCases = new ArrayList<>(cases);
                missingCases.removeAll(received.keySet());
                throw new AssertionError("acknowledged acts missing from the audit log " + patience
                        + " after the fault: signatures " + missing + ", cases " + missingCases);
            }
            Thread.sleep(1000);
        }
    }

    /**
     * A checkpoint published now: {@code audit-verify.jar} replays the exported log against it and
     * {@code before} (published before the fault), and proves the older a prefix of the newer; the
     * newest entry's offline proof passes it too. The files it was given stay in {@code dir}.
     */
    static void assertTheAuditLogContinues(URI node, JsonNode before, Path dir) throws Exception {
        long older = before.path("treeSize").asLong();
        long newer = published(node).path("treeSize").asLong();
        assertTrue(newer > older, older + " then " + newer);
        Files.createDirectories(dir);
        Api.Answer key = auditor(node).get("/api/audit/public-key", "application/x-pem-file");
        assertEquals(200, key.status(), key::toString);
        Path keyFile = Files.writeString(dir.resolve("county-audit-key.pem"), key.text());
        Path export = Files.write(dir.resolve("bianmin-audit.log"), auditor(node).get("/api/audit/export").body());
        Path checkpoint = Files.write(dir.resolve("checkpoint-before.json"),
                auditor(node).get("/api/audit/checkpoints/" + older).body());
        Path consistency = Files.write(dir.resolve("consistency.json"),
                auditor(node).get("/api/audit/proofs/consistency?from=" + older + "&to=" + newer).body());
        AuditVerifyJar.Result trail = AuditVerifyJar.run(export.toString(), "--key", keyFile.toString(),
                "--checkpoint", checkpoint.toString(), "--proof", consistency.toString());
        assertEquals(0, trail.status(), trail.output());
        assertTrue(trail.output().contains("PASSED  consistency-proof[" + older + "->" + newer + "]"), trail.output());

        Api.Answer proof = auditor(node).get("/api/audit/entries/" + (newer - 1) + "/proof");
        assertEquals(200, proof.status(), proof::toString);
        AuditVerifyJar.Result entry = AuditVerifyJar.run("--key", keyFile.toString(), "--proof",
                Files.write(dir.resolve("newest-entry.proof.json"), proof.body()).toString());
        assertEquals(0, entry.status(), entry.output());
        assertTrue(entry.output().contains("PASSED  inclusion-proof[entry=" + (newer - 1) + ", size=" + newer + "]"),
                entry.output());
    }

    /** A checkpoint the auditor publishes now. */
    static JsonNode published(URI node) {
        Api.Answer answer = auditor(node).post("/api/audit/checkpoints");
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    /** How many entries of {@code type} (e.g. PROXY_CASE_RECEIVED) the node's audit log holds. */
    static long auditEntriesOfType(URI node, String type) {
        return auditEntries(node).stream().filter(entry -> type.equals(entry.path("type").asText())).count();
    }

    private static List<JsonNode> auditEntries(URI node) {
        long size = auditor(node).get("/api/audit").json().path("size").asLong();
        List<JsonNode> entries = new ArrayList<>();
        for (long from = 0; from < size; from += 1000) {
            auditor(node).get("/api/audit/entries?from=" + from + "&to=" + Math.min(size, from + 1000)).json()
                    .forEach(entries::add);
        }
        return entries;
    }

    private static String caseNumberOf(String payloadJson) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(payloadJson).path("caseNumber").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("SEAL_USED payload not JSON: " + payloadJson, e);
        }
    }

    private static Api auditor(URI node) {
        return AUDITOR.on(node);
    }
}
