package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Liberty node killed with SIGKILL in the middle of a load and started again on the same
 * PostgreSQL schema and key files loses nothing it acknowledged and records nothing twice. A few
 * clients request, approve and make sub-seals of one approval seal and new centre seals (each make
 * writes a new key to the key store), sign with three seals in
 * custodian.chen's custody and receive proxy cases; after some seconds the node's JVM is killed
 * while requests are in flight. A request that got its answer is acknowledged; one whose connection
 * broke is unknown, and may be recorded or not, but never twice. After the restart: every
 * acknowledged signature once in its seal's use register (用印登记) and once as SEAL_USED in the
 * audit log, every acknowledged case there and once as PROXY_CASE_RECEIVED (nothing left in an
 * outbox), sub-seal numbers 1..n and the county's esIDs without a gap (seal-service README,
 * "Numbering"), the audit log a continuation of the one before the kill as {@code audit-verify.jar}
 * checks it, and the node serving as before without repair (the seal made last before the kill signs:
 * its key is in the key store).
 *
 * <p>Only on PostgreSQL ({@code -Dbianmin.test.db=postgresql}): the embedded Derby is in memory and
 * dies with the server. The node's ports are {@code bianmin.node.kill.http.port} and
 * {@code bianmin.node.kill.https.port} (by default the ITs' ports plus one), its schema
 * {@code bianmin.kill.pg.schema} ({@code bianmin_kill}); {@code bianmin.kill.threads} clients (3) load
 * it for {@code bianmin.kill.after.seconds} (6) before the kill.
 */
class ServerKillIT {
    private static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty("bianmin.test.db"));
    private static final String SCHEMA = System.getProperty("bianmin.kill.pg.schema", "bianmin_kill");
    private static final int THREADS = Integer.getInteger("bianmin.kill.threads", 3);
    private static final Duration KILL_AFTER = Duration.ofSeconds(Integer.getInteger("bianmin.kill.after.seconds", 6));
    /** No client runs more rounds than this, whenever the kill comes. */
    private static final int MAX_ROUNDS = 500;
    private static final byte[] DOCUMENT = "泸定县 准予行政许可决定书 断电重启".getBytes(StandardCharsets.UTF_8);
    private static final Api AUDITOR = Api.as("auditor.zhao");
    private static final Path KEYS = LibertyNode.runtime().resolveSibling("kill-keys");

    private static LibertyNode node;
    private static Instant launched;

    @BeforeAll
    static void startNode() throws Exception {
        if (!ON_POSTGRESQL) {
            return;
        }
        FreshSchema.recreateOnTestPostgresql(SCHEMA);
        FreshSchema.deleteTree(KEYS);
        launched = Instant.now();
        node = LibertyNode.demoOnPostgresql("kill", Integer.getInteger("bianmin.http.port", 9080) + 1,
                Integer.getInteger("bianmin.https.port", 9443) + 1, SCHEMA, KEYS, ServerClock.start().toOffsetDateTime());
        node.start(LibertyNode::demoLoaded);
    }

    @BeforeEach
    void onPostgresql() {
        assumeTrue(ON_POSTGRESQL, "ServerKillIT needs a database that outlives the server, skipped on the embedded"
                + " Derby (in memory, gone with the killed JVM): run it with -Dbianmin.test.db=postgresql");
    }

    /** The node goes in every case, killed or not; its logs stay in its server directory under target. */
    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void aNodeKilledMidLoadAndStartedAgainKeepsEveryAcknowledgedActOnceAndItsAuditLogWhole() throws Exception {
        String parent = Seals.active(node.base());
        String parentTownship = auditor().get("/api/seals/" + parent).json().path("ownerDivision").asText();
        List<String> signingSeals = List.of(Seals.activeInCustodyOf(node.base(), "custodian.chen"),
                Seals.activeInCustodyOf(node.base(), "custodian.chen"),
                Seals.activeInCustodyOf(node.base(), "custodian.chen"));
        JsonNode beforeLoad = AcknowledgedActs.published(node.base());

        Load load = new Load(parent, parentTownship, signingSeals);
        Instant started = Instant.now();
        try (LoadClients clients = LoadClients.start(THREADS, load::run)) {
            Thread.sleep(KILL_AFTER.toMillis());
            int inFlight = load.inFlight.get();
            node.kill();
            Instant killed = Instant.now();
            clients.awaitEnd(Duration.ofMinutes(2));
            System.out.printf("ServerKillIT: killed after %d ms with %d requests in flight; acknowledged %d,"
                    + " unknown %d %s, failed %d; %d seals made%n", Duration.between(started, killed).toMillis(), inFlight,
                    load.acknowledged.get(), load.unknown.size(), load.unknown, load.failures.size(),
                    load.madeSeals.size());
        }
        assertEquals(List.of(), load.failures, "every request before the kill answered as it should");
        assertTrue(load.signatures.size() > 0 && load.cases.size() > 0 && load.madeSeals.size() > 0,
                "the load got signatures, cases and made seals acknowledged before the kill: " + load.acknowledged);

        try (java.util.stream.Stream<Path> files = Files.list(KEYS)) {
            System.out.println("ServerKillIT: key files after the kill: " + files.map(Path::getFileName).toList());
        }
        // the pinned clock starts again from bianmin.clock.start: moved on past the time the first run reached
        ServerClock.advance(node.clockStepFile(), Duration.between(launched, Instant.now()).plusMinutes(5));
        Instant restarting = Instant.now();
        node.start(LibertyNode::demoLoaded);
        System.out.printf("ServerKillIT: the node answered again %d ms after its restart began%n",
                Duration.between(restarting, Instant.now()).toMillis());

        long unknownRecorded = load.assertEverySignatureOnceInTheUseRegister(node.base());
        System.out.printf("ServerKillIT: %d signatures acknowledged, %d unknown of which %d recorded%n",
                load.signatures.size(), load.unknown.stream().filter(what -> what.startsWith("K-")).count(),
                unknownRecorded);
        load.assertEveryCaseRecorded(node.base());
        assertSubSealsNumberedWithoutGaps(load);
        TwoNodesIT.assertEsIdsWithoutGaps(auditor().get("/api/seals").json());
        load.assertEveryActOnceInTheAuditLog(node.base(), Duration.ofSeconds(30));
        AcknowledgedActs.assertTheAuditLogContinues(node.base(), beforeLoad,
                node.logs().resolveSibling("audit-after-kill"));
        assertTheNodeServesAsBefore(load);
    }

    /** The load, and every answer it got. */
    private static final class Load extends AcknowledgedActs {
        final String parent;
        final String parentTownship;
        final AtomicBoolean killed = new AtomicBoolean();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        final List<String> failures = new CopyOnWriteArrayList<>();
        /** Acknowledged sub-seals: esID → number. */
        final Map<String, Integer> subSeals = new ConcurrentHashMap<>();
        final List<String> centreSeals = new CopyOnWriteArrayList<>();
        /** Seals made (key generated and stored) with an answer, in the order of their answers. */
        final List<String> madeSeals = new CopyOnWriteArrayList<>();

        Load(String parent, String parentTownship, List<String> signingSeals) {
            super(signingSeals);
            this.parent = parent;
            this.parentTownship = parentTownship;
        }

        /** One client: rounds until the node is gone. */
        void run(int client) {
            for (int round = 0; round < MAX_ROUNDS && !killed.get(); round++) {
                String tag = client + "-" + round;
                JsonNode sub = call("sub-seal " + tag, 201, () -> api("admin.zhang").post("/api/seals/" + parent
                        + "/sub-seals", "{\"siteName\":\"泸定县测试镇第" + tag + "便民服务站\",\"siteDivision\":\""
                        + parentTownship + "\"}"));
                if (sub != null) {
                    subSeals.put(sub.path("esId").asText(), sub.path("number").asInt());
                    approveAndMake(sub.path("esId").asText(), tag);
                }
                String esId = signingSeals.get(round % signingSeals.size());
                String caseNumber = "K-" + tag + "-" + esId;
                JsonNode signed = call(caseNumber, 201, () -> api("custodian.chen").postBytes("/api/seals/" + esId
                        + "/signatures?case=" + caseNumber, "application/pdf", DOCUMENT));
                if (signed != null) {
                    signatures.put(caseNumber, Base64.getDecoder().decode(signed.path("der").asText()));
                }
                JsonNode proxyCase = call("case " + tag, 201, () -> api("agent.yang").post("/api/proxy/cases",
                        ProxyCaseIT.newCase(IdNumbers.next())));
                if (proxyCase != null) {
                    cases.add(proxyCase.path("id").asText());
                }
                if (round % 3 == 0) {
                    JsonNode centre = call("centre seal " + tag, 201, () -> api("admin.zhang").post("/api/seals",
                            SealFlowIT.sealRequest(Divisions.freshTownship())));
                    if (centre != null) {
                        centreSeals.add(centre.path("esId").asText());
                        approveAndMake(centre.path("esId").asText(), tag);
                    }
                }
            }
        }

        /** Approves and makes the seal: its key is generated and written to the key store. */
        private void approveAndMake(String esId, String tag) {
            if (call("approve " + tag, 200, () -> api("approver.li").post("/api/seals/" + esId + "/approve")) == null) {
                return;
            }
            JsonNode made = call("make " + esId, 200, () -> api("admin.zhang").post("/api/seals/" + esId + "/make"));
            if (made != null) {
                madeSeals.add(esId);
            }
        }

        /** The answer's body if it came with {@code status}; null if it did not or none came. */
        private JsonNode call(String what, int status, Supplier<Api.Answer> request) {
            if (killed.get()) {
                return null;
            }
            inFlight.incrementAndGet();
            try {
                Api.Answer answer = request.get();
                if (answer.status() != status) {
                    failures.add(what + ": expected " + status + ", got " + answer);
                    return null;
                }
                acknowledged.incrementAndGet();
                return answer.json();
            } catch (UncheckedIOException e) {
                // the connection broke: the node is gone, and the request may or may not have been recorded
                killed.set(true);
                unknown.add(what);
                return null;
            } finally {
                inFlight.decrementAndGet();
            }
        }

        private Api api(String user) {
            return Api.as(user).on(node.base());
        }
    }

    /**
     * The approval seal's sub-seals numbered 1..n, each once: a request the kill cut off consumed no
     * number, or its sub-seal is there (seal-service README, "Numbering"); every acknowledged one has
     * the number it was given.
     */
    private static void assertSubSealsNumberedWithoutGaps(Load load) {
        Map<String, Integer> numbered = new HashMap<>();
        auditor().get("/api/seals?division=" + load.parentTownship).json().forEach(seal -> {
            if (load.parent.equals(seal.path("parentEsId").asText())) {
                numbered.put(seal.path("esId").asText(), seal.path("number").asInt());
            }
        });
        List<Integer> numbers = numbered.values().stream().sorted().toList();
        assertEquals(LongStream.rangeClosed(1, numbers.size()).boxed().map(Long::intValue).toList(), numbers,
                "sub-seal numbers 1..n, each once");
        load.subSeals.forEach((esId, number) -> assertEquals(number, numbered.get(esId),
                "acknowledged sub-seal " + esId + " with its number"));
        assertTrue(numbers.size() <= load.subSeals.size() + THREADS, "at most one unknown sub-seal per client");
        load.centreSeals.forEach(esId -> assertEquals(200, auditor().get("/api/seals/" + esId).status(), esId));
        load.madeSeals.forEach(esId -> assertEquals("ACTIVE", auditor().get("/api/seals/" + esId).json().path("state")
                .asText(), "acknowledged made seal " + esId));
    }

    /** After the restart, with no repair: the next sub-seal takes the next number, a seal signs, a case is received. */
    private static void assertTheNodeServesAsBefore(Load load) {
        int highest = load.subSeals.values().stream().max(Comparator.naturalOrder()).orElse(0);
        Api.Answer sub = Api.as("admin.zhang").on(node.base()).post("/api/seals/" + load.parent + "/sub-seals",
                "{\"siteName\":\"泸定县测试镇重启后便民服务站\",\"siteDivision\":\"" + load.parentTownship + "\"}");
        assertEquals(201, sub.status(), sub::toString);
        assertTrue(sub.json().path("number").asInt() > highest, sub::toString);
        String esId = load.signingSeals.get(0);
        Api.Answer signed = Api.as("custodian.chen").on(node.base()).postBytes("/api/seals/" + esId
                + "/signatures?case=K-AFTER", "application/pdf", DOCUMENT);
        assertEquals(201, signed.status(), signed::toString);
        Api.Answer proxyCase = Api.as("agent.yang").on(node.base()).post("/api/proxy/cases",
                ProxyCaseIT.newCase(IdNumbers.next()));
        assertEquals(201, proxyCase.status(), proxyCase::toString);
        // the key of the seal made last before the kill is in the key store: the seal signs
        String madeLast = load.madeSeals.get(load.madeSeals.size() - 1);
        Seals.grantCustody(node.base(), madeLast, "custodian.chen");
        Api.Answer signedWithNewest = Api.as("custodian.chen").on(node.base()).postBytes("/api/seals/" + madeLast
                + "/signatures?case=K-NEWEST", "application/pdf", DOCUMENT);
        assertEquals(201, signedWithNewest.status(), signedWithNewest::toString);
        Set<String> after = new HashSet<>();
        auditor().get("/api/seals/" + esId + "/uses").json().forEach(use -> after.add(use.path("caseNumber").asText()));
        assertTrue(after.contains("K-AFTER"), "the signature after the restart is recorded: " + after);
    }

    private static Api auditor() {
        return AUDITOR.on(node.base());
    }
}
