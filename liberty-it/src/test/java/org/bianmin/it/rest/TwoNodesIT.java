package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Liberty nodes, A and B, on one PostgreSQL schema with one folder of key stores (the seal keys
 * with the county CA and TSA, the audit keys, the personal-data key), as a county runs several
 * servers on one database (root README, "Several servers on one database"). Under a mixed load on
 * both at once, seals and sub-seals requested, approved and made, signatures, proxy cases and audit
 * checkpoints from a few clients per node: sub-seal numbers 1..n and esIDs without gaps, every
 * acknowledged signature once in the use register, one audit log (the same size on both, every
 * checkpoint of either consistent with every other); one live approval seal per centre when both
 * nodes activate one at the same moment; a signature made on A verifies on B, and a revocation on B
 * shows on A.
 *
 * <p>Only on PostgreSQL ({@code -Dbianmin.test.db=postgresql}): the embedded Derby is in memory, one
 * per server. The nodes' ports are {@code bianmin.node.a.http.port}, {@code bianmin.node.a.https.port},
 * {@code bianmin.node.b.…} (by default the ITs' ports plus one and plus two); the load is
 * {@code bianmin.nodes.threads} clients per node (2) doing {@code bianmin.nodes.rounds} rounds each (3).
 */
class TwoNodesIT {
    private static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty("bianmin.test.db"));
    private static final String SCHEMA = System.getProperty("bianmin.nodes.pg.schema", "bianmin_nodes");
    private static final int THREADS = Integer.getInteger("bianmin.nodes.threads", 2);
    private static final int ROUNDS = Integer.getInteger("bianmin.nodes.rounds", 3);
    private static final byte[] DOCUMENT = "泸定县 准予行政许可决定书 两个节点".getBytes(StandardCharsets.UTF_8);

    private static LibertyNode nodeA;
    private static LibertyNode nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        if (!ON_POSTGRESQL) {
            return;
        }
        FreshSchema.recreateOnTestPostgresql(SCHEMA);
        Path keys = LibertyNode.runtime().resolveSibling("nodes-keys");
        FreshSchema.deleteTree(keys);
        int http = Integer.getInteger("bianmin.http.port", 9080);
        int https = Integer.getInteger("bianmin.https.port", 9443);
        Instant launchedA = Instant.now();
        nodeA = node("a", http + 1, https + 1, keys, ServerClock.start().toOffsetDateTime());
        // A alone first: it makes the county CA, the TSA's and the audit keys and the schema, which B then reads
        nodeA.start(LibertyNode::demoLoaded);
        // B's pinned clock starts where A's is now, so the two nodes tell the same time
        nodeB = node("b", http + 2, https + 2, keys,
                ServerClock.start().toOffsetDateTime().plus(Duration.between(launchedA, Instant.now())));
        nodeB.start(LibertyNode::demoLoaded);
        alignClocks();
    }

    /** Each test says why it is skipped where the nodes cannot share a database. */
    @BeforeEach
    void onASharedDatabase() {
        assumeTrue(ON_POSTGRESQL, "TwoNodesIT needs a database both nodes share, skipped on the embedded Derby"
                + " (one in memory per server): run it with -Dbianmin.test.db=postgresql");
    }

    /** Both at once: each waits out Liberty's quiesce time for the clients' open connections. */
    @AfterAll
    static void stopTwoNodes() {
        CompletableFuture<Void> stoppingB = CompletableFuture.runAsync(() -> {
            if (nodeB != null) {
                nodeB.stop();
            }
        });
        try {
            if (nodeA != null) {
                nodeA.stop();
            }
        } finally {
            stoppingB.join();
        }
    }

    @Test
    void underMixedLoadOnBothNodesTheRegistryTheUseRegisterAndTheAuditLogStayOne() throws Exception {
        String parent = Seals.active(nodeA.base());
        String parentTownship = api("auditor.zhao", nodeA).get("/api/seals/" + parent).json().path("ownerDivision")
                .asText();
        List<String> signingSeals = List.of(Seals.activeInCustodyOf(nodeA.base(), "custodian.chen"),
                Seals.activeInCustodyOf(nodeB.base(), "custodian.chen"));
        Load load = new Load(parent, parentTownship, signingSeals);
        Instant started = Instant.now();
        ExecutorService clients = Executors.newFixedThreadPool(2 * THREADS);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (LibertyNode node : List.of(nodeA, nodeB)) {
                for (int client = 0; client < THREADS; client++) {
                    int number = client;
                    work.add(() -> {
                        for (int round = 0; round < ROUNDS; round++) {
                            load.round(node, number, round);
                        }
                        return null;
                    });
                }
            }
            for (Future<Void> done : clients.invokeAll(work, 5, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.printf("TwoNodesIT load: %d requests on node A, %d on node B, in %d ms%n",
                load.requests.get(nodeA.name()).get(), load.requests.get(nodeB.name()).get(),
                Duration.between(started, Instant.now()).toMillis());
        assertEquals(List.of(), load.failures, "every request of the load answered as it should");

        JsonNode family = api("auditor.zhao", nodeB).get("/api/seals?division=" + parentTownship).json();
        List<Integer> numbers = new ArrayList<>();
        family.forEach(seal -> {
            if (parent.equals(seal.path("parentEsId").asText())) {
                numbers.add(seal.path("number").asInt());
            }
        });
        numbers.sort(Comparator.naturalOrder());
        assertEquals(2 * THREADS * ROUNDS, numbers.size(), family::toString);
        assertEquals(LongStream.rangeClosed(1, numbers.size()).boxed().map(Long::intValue).toList(), numbers,
                "sub-seal numbers 1..n, each once, whichever node gave them");
        assertEquals(numbers.size(), new HashSet<>(load.subSealNumbers).size(), "no number acknowledged twice");

        assertEquals(load.madeEsIds.size(), new HashSet<>(load.madeEsIds).size(), "every esID once");
        assertEsIdsWithoutGaps(api("auditor.zhao", nodeA).get("/api/seals").json());

        for (String esId : signingSeals) {
            assertEveryAcknowledgedSignatureOnceInTheUseRegister(esId, load.signatures.get(esId));
        }

        long sizeOnA = api("auditor.zhao", nodeA).get("/api/audit").json().path("size").asLong();
        assertEquals(sizeOnA, api("auditor.zhao", nodeB).get("/api/audit").json().path("size").asLong(),
                "one audit log: the same size seen from both nodes");
        assertCheckpointsConsistent(load.checkpoints);
    }

    @Test
    void aSecondLiveApprovalSealForOneCentreMadeOnTheOtherNodeAtTheSameMomentIsRefused() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            String township = Divisions.freshTownship();
            String onA = requestedAndApproved(nodeA, township);
            String onB = requestedAndApproved(nodeB, township);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                Future<Api.Answer> madeOnA = both.submit(() -> {
                    together.await();
                    return api("admin.zhang", nodeA).post("/api/seals/" + onA + "/make");
                });
                Future<Api.Answer> madeOnB = both.submit(() -> {
                    together.await();
                    return api("admin.zhang", nodeB).post("/api/seals/" + onB + "/make");
                });
                List<Api.Answer> answers = new ArrayList<>(List.of(madeOnA.get(2, TimeUnit.MINUTES),
                        madeOnB.get(2, TimeUnit.MINUTES)));
                answers.sort(Comparator.comparingInt(Api.Answer::status));
                assertEquals(200, answers.get(0).status(), answers::toString);
                assertEquals("ACTIVE", answers.get(0).json().path("state").asText());
                assertEquals(409, answers.get(1).status(), answers::toString);
                assertEquals("SEAL_ALREADY_ACTIVE_FOR_CENTRE", answers.get(1).code());
            } finally {
                both.shutdownNow();
            }
            List<String> live = new ArrayList<>();
            api("auditor.zhao", nodeB).get("/api/seals?division=" + township).json().forEach(seal -> {
                if (Set.of("ACTIVE", "SUSPENDED").contains(seal.path("state").asText())) {
                    live.add(seal.path("esId").asText());
                }
            });
            assertEquals(1, live.size(), "one live approval seal for centre " + township + ": " + live);
        }
    }

    @Test
    void aSignatureMadeOnANodeVerifiesOnTheOtherAndARevocationOnTheOtherShowsOnTheFirst() {
        String esId = Seals.activeInCustodyOf(nodeB.base(), "custodian.chen");
        // A's signing time lies after B's activation even if the clocks still differ by a little
        advanceBothClocks(Duration.ofSeconds(2));
        Api.Answer signed = api("custodian.chen", nodeA).postBytes("/api/seals/" + esId + "/signatures?case=TWO-NODES-1",
                "application/pdf", DOCUMENT);
        assertEquals(201, signed.status(), "node A signs with the key node B made: " + signed);
        byte[] signature = Base64.getDecoder().decode(signed.json().path("der").asText());

        JsonNode onB = verify(nodeB, signature);
        assertEquals("TOTAL_PASSED", onB.path("overall").asText(), onB::toString);
        JsonNode status = SealFlowIT.check(onB.path("signatures").get(0), "SEAL_STATUS");
        assertEquals("PASSED", status.path("result").asText(), status::toString);
        assertFalse(status.path("detail").asText().contains("REVOKED"), status::toString);

        // each state counts from the second it took effect: revoke well after the signature, verify well after that
        advanceBothClocks(Duration.ofMinutes(1));
        Api.Answer revoked = api("admin.zhang", nodeB).post("/api/seals/" + esId + "/revoke",
                "{\"reason\":\"印章遗失 lost\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        advanceBothClocks(Duration.ofMinutes(1));

        JsonNode onA = verify(nodeA, signature);
        JsonNode after = SealFlowIT.check(onA.path("signatures").get(0), "SEAL_STATUS");
        assertTrue(after.path("detail").asText().contains("REVOKED"), "node A reads B's revocation: " + onA);
        assertEquals("PASSED", after.path("result").asText(), "signed while active: " + after);
        Api.Answer refused = api("custodian.chen", nodeA).postBytes("/api/seals/" + esId
                + "/signatures?case=TWO-NODES-2", "application/pdf", DOCUMENT);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("SEAL_NOT_ACTIVE", refused.code());
    }

    @Test
    void aCheckpointFromEachNodeIsConsistentWithTheOther() {
        Map<String, List<JsonNode>> checkpoints = new LinkedHashMap<>();
        api("admin.zhang", nodeB).post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        JsonNode fromA = publish(nodeA);
        api("admin.zhang", nodeA).post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        JsonNode fromB = publish(nodeB);
        assertTrue(fromB.path("treeSize").asLong() > fromA.path("treeSize").asLong(), fromA + " then " + fromB);
        checkpoints.put("a", List.of(fromA));
        checkpoints.put("b", List.of(fromB));
        assertCheckpointsConsistent(checkpoints);
    }

    /** The load: each round of a client is a sub-seal, a new centre seal, a signature with each signing seal, a proxy case. */
    private static final class Load {
        final String parent;
        final String parentTownship;
        final List<String> signingSeals;
        final List<String> failures = new CopyOnWriteArrayList<>();
        final List<Integer> subSealNumbers = new CopyOnWriteArrayList<>();
        final List<String> madeEsIds = new CopyOnWriteArrayList<>();
        final Map<String, List<Signed>> signatures = new ConcurrentHashMap<>();
        final Map<String, List<JsonNode>> checkpoints = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

        Load(String parent, String parentTownship, List<String> signingSeals) {
            this.parent = parent;
            this.parentTownship = parentTownship;
            this.signingSeals = signingSeals;
            signingSeals.forEach(esId -> signatures.put(esId, new CopyOnWriteArrayList<>()));
            for (LibertyNode node : List.of(nodeA, nodeB)) {
                checkpoints.put(node.name(), new CopyOnWriteArrayList<>());
                requests.put(node.name(), new AtomicInteger());
            }
        }

        void round(LibertyNode node, int client, int round) {
            String tag = (node == nodeA ? "A" : "B") + client + "-" + round;
            Api admin = api("admin.zhang", node);
            Api approver = api("approver.li", node);
            Api.Answer sub = expect(node, 201, admin.post("/api/seals/" + parent + "/sub-seals",
                    "{\"siteName\":\"泸定县测试镇第" + tag + "便民服务站\",\"siteDivision\":\"" + parentTownship + "\"}"));
            if (sub != null) {
                subSealNumbers.add(sub.json().path("number").asInt());
                approveAndMake(node, admin, approver, sub.json().path("esId").asText());
            }
            Api.Answer centre = expect(node, 201, admin.post("/api/seals",
                    SealFlowIT.sealRequest(Divisions.freshTownship())));
            if (centre != null) {
                approveAndMake(node, admin, approver, centre.json().path("esId").asText());
            }
            for (String esId : signingSeals) {
                String caseNumber = "N-" + tag + "-" + esId;
                Api.Answer signed = expect(node, 201, api("custodian.chen", node).postBytes("/api/seals/" + esId
                        + "/signatures?case=" + caseNumber, "application/pdf", DOCUMENT));
                if (signed != null) {
                    signatures.get(esId).add(new Signed(caseNumber,
                            Base64.getDecoder().decode(signed.json().path("der").asText())));
                }
            }
            expect(node, 201, api("agent.yang", node).post("/api/proxy/cases", ProxyCaseIT.newCase(IdNumbers.next())));
            if (client == 0) {
                Api.Answer checkpoint = expect(node, 201, api("auditor.zhao", node).post("/api/audit/checkpoints"));
                if (checkpoint != null) {
                    checkpoints.get(node.name()).add(checkpoint.json());
                }
            }
        }

        private void approveAndMake(LibertyNode node, Api admin, Api approver, String esId) {
            madeEsIds.add(esId);
            expect(node, 200, approver.post("/api/seals/" + esId + "/approve"));
            Api.Answer made = expect(node, 200, admin.post("/api/seals/" + esId + "/make"));
            if (made != null && !"ACTIVE".equals(made.json().path("state").asText())) {
                failures.add("node " + node.name() + ": " + esId + " made but not active: " + made);
            }
        }

        private Api.Answer expect(LibertyNode node, int status, Api.Answer answer) {
            requests.get(node.name()).incrementAndGet();
            if (answer.status() != status) {
                failures.add("node " + node.name() + ": expected " + status + ", got " + answer);
                return null;
            }
            return answer;
        }
    }

    /** An acknowledged signature: its case number and the SES_Signature handed out. */
    private record Signed(String caseNumber, byte[] der) {
    }

    private static void assertEveryAcknowledgedSignatureOnceInTheUseRegister(String esId, List<Signed> signed) {
        JsonNode uses = api("auditor.zhao", nodeA).get("/api/seals/" + esId + "/uses").json();
        assertEquals(signed.size(), uses.size(), "seal " + esId + ": one use per acknowledged signature");
        for (Signed one : signed) {
            List<JsonNode> matching = new ArrayList<>();
            uses.forEach(use -> {
                if (one.caseNumber().equals(use.path("caseNumber").asText())) {
                    matching.add(use);
                }
            });
            assertEquals(1, matching.size(), "case " + one.caseNumber() + " once in " + esId + "'s register");
            assertEquals(Hex.toHexString(sm3(one.der())), matching.get(0).path("signatureHash").asText(),
                    "the register names the very signature handed out for " + one.caseNumber());
        }
    }

    /** Every esID's 8-digit sequence, the county's seals together, runs 1..n: none skipped, none twice. */
    static void assertEsIdsWithoutGaps(JsonNode seals) {
        List<Long> sequence = new ArrayList<>();
        seals.forEach(seal -> sequence.add(Long.parseLong(seal.path("esId").asText().substring(6))));
        sequence.sort(Comparator.naturalOrder());
        assertEquals(LongStream.rangeClosed(1, sequence.size()).boxed().toList(), sequence,
                "the county's esIDs are numbered 1..n without a gap");
    }

    /**
     * Every two checkpoints, whichever node signed them, are of one log: for sizes s < t the
     * consistency proof (asked alternately of each node) verifies between their root hashes (RFC 9162
     * §2.1.4.2, {@link MerkleProofs}); for equal sizes the roots are equal.
     */
    private static void assertCheckpointsConsistent(Map<String, List<JsonNode>> byNode) {
        List<JsonNode> all = new ArrayList<>();
        byNode.values().forEach(all::addAll);
        assertTrue(all.size() >= 2, "checkpoints from both nodes: " + byNode);
        all.sort(Comparator.comparingLong(checkpoint -> checkpoint.path("treeSize").asLong()));
        for (int i = 1; i < all.size(); i++) {
            JsonNode older = all.get(i - 1);
            JsonNode newer = all.get(i);
            long from = older.path("treeSize").asLong();
            long to = newer.path("treeSize").asLong();
            if (from == to) {
                assertEquals(older.path("rootHash").asText(), newer.path("rootHash").asText(), "one tree of size " + to);
                continue;
            }
            LibertyNode asked = i % 2 == 0 ? nodeA : nodeB;
            JsonNode proof = api("auditor.zhao", asked).get("/api/audit/proofs/consistency?from=" + from + "&to=" + to)
                    .json();
            List<byte[]> path = new ArrayList<>();
            proof.path("path").forEach(hash -> path.add(Base64.getDecoder().decode(hash.asText())));
            assertTrue(MerkleProofs.consistencyVerifies(from, to, Base64.getDecoder().decode(older.path("rootHash").asText()),
                    Base64.getDecoder().decode(newer.path("rootHash").asText()), path),
                    "checkpoint " + from + " is a prefix of checkpoint " + to + " (proof from node " + asked.name() + ")");
        }
    }

    private static String requestedAndApproved(LibertyNode node, String township) {
        Api.Answer requested = api("admin.zhang", node).post("/api/seals", SealFlowIT.sealRequest(township));
        assertEquals(201, requested.status(), requested::toString);
        String esId = requested.json().path("esId").asText();
        Api.Answer approved = api("approver.li", node).post("/api/seals/" + esId + "/approve");
        assertEquals(200, approved.status(), approved::toString);
        return esId;
    }

    private static JsonNode publish(LibertyNode node) {
        Api.Answer answer = api("auditor.zhao", node).post("/api/audit/checkpoints");
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    private static JsonNode verify(LibertyNode node, byte[] signature) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("signature", signature);
        parts.put("document", DOCUMENT);
        Api.Answer answer = api("auditor.zhao", node).postParts("/api/verification/detached", parts);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    /**
     * Steps the clock of the node that is behind by the difference, as NTP keeps a deployment's nodes
     * together: each pinned clock ran from its own server's start. A node whose clock lags refuses
     * (503 CLOCK_BEHIND) to use a seal that another node activated or used a moment before.
     */
    private static void alignClocks() throws Exception {
        Duration skew = clockOffset(nodeB).minus(clockOffset(nodeA));
        System.out.printf("TwoNodesIT: node B's clock was %d ms %s node A's%n", Math.abs(skew.toMillis()),
                skew.isNegative() ? "behind" : "ahead of");
        ServerClock.advance((skew.isNegative() ? nodeB : nodeA).clockStepFile(), skew.abs());
    }

    /**
     * The node's clock minus the test's: the genTime of a token from its county TSA (to the
     * millisecond) against the middle of the request.
     */
    private static Duration clockOffset(LibertyNode node) throws Exception {
        TimeStampRequest request = new TimeStampRequestGenerator().generate(GMObjectIdentifiers.sm3, new byte[32]);
        Instant sent = Instant.now();
        Api.Answer answer = api("auditor.zhao", node).postBytes("/api/tsa", "application/timestamp-query",
                request.getEncoded());
        Instant received = Instant.now();
        assertEquals(200, answer.status(), answer::toString);
        Instant genTime = new TimeStampResponse(answer.body()).getTimeStampToken().getTimeStampInfo().getGenTime()
                .toInstant();
        return Duration.between(sent.plus(Duration.between(sent, received).dividedBy(2)), genTime);
    }

    private static void advanceBothClocks(Duration by) {
        ServerClock.advance(nodeA.clockStepFile(), by);
        ServerClock.advance(nodeB.clockStepFile(), by);
    }

    private static Api api(String user, LibertyNode node) {
        return Api.as(user).on(node.base());
    }

    static byte[] sm3(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    private static LibertyNode node(String name, int http, int https, Path keys, java.time.OffsetDateTime clockStart) {
        return LibertyNode.demoOnPostgresql(name, http, https, SCHEMA, keys, clockStart);
    }
}
