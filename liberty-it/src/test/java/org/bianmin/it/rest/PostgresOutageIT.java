package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bianmin.it.felix.PostgresTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Liberty node's PostgreSQL stopped for ten seconds under load and started again: the node
 * refuses what it cannot do with 503 and a stable code, fast, and serves again once the database
 * is back, without a restart of its own; nothing a client was told was done is lost, nothing it was
 * refused is recorded. The node runs on a PostgreSQL server of the test's own ({@code initdb} and
 * {@code pg_ctl} under target, {@link PostgresTools.ScratchServer}); a few clients sign with two
 * seals in custodian.chen's custody, receive proxy cases and read a seal, continuously. After
 * {@value #LOAD_BEFORE_SECONDS} s the database is stopped ({@code pg_ctl stop -m fast}: every session
 * ended, open transactions rolled back), stays down for {@value #OUTAGE_SECONDS} s under the load,
 * and is started again; the load goes on until every kind of request has succeeded again.
 *
 * <p>It checks: every answer is the request's success or 503 {@value #OUTAGE_CODE} (never a 500,
 * another status or a broken connection); every request sent while the database was down (after the
 * stop returned, answered before the start began) is 503 {@value #OUTAGE_CODE}; no request takes
 * longer than {@link #ANSWER_BOUND}; every kind of request succeeds again within
 * {@link #RECOVERY_BOUND} of the database accepting connections, and every request sent after that
 * succeeds; every acknowledged signature once in its seal's use register and once as SEAL_USED,
 * every acknowledged case found and once as PROXY_CASE_RECEIVED; a refused signature is in the
 * register only if it was in flight when the database stopped (its commit may have reached the
 * database before the connection was cut: an outcome the node cannot tell its client), and the
 * cases received are the acknowledged ones plus at most the refused ones in flight at the stop (a
 * case received whose rating code, a second transaction, is refused is still acknowledged, without
 * a code);
 * the audit log after the outage continues the one before, as {@code audit-verify.jar} checks it.
 *
 * <p>Only on PostgreSQL ({@code -Dbianmin.test.db=postgresql}); it needs {@code initdb} and
 * {@code pg_ctl} ({@link PostgresTools#serverBinaries()}). The node's ports are
 * {@code bianmin.node.outage.http.port} and {@code .https.port} (by default the ITs' ports plus one),
 * its database's port {@code bianmin.outage.pg.port} (25433), which must lie outside the system's
 * ephemeral ports ({@link #assertOutsideEphemeralPorts}).
 */
class PostgresOutageIT {
    private static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty("bianmin.test.db"));
    private static final int PG_PORT = Integer.getInteger("bianmin.outage.pg.port", 25433);
    private static final String SCHEMA = "bianmin_outage";
    private static final int THREADS = 3;
    private static final int LOAD_BEFORE_SECONDS = 4;
    private static final int OUTAGE_SECONDS = 10;
    /** The code of every refusal while the database is down. */
    private static final String OUTAGE_CODE = "STORAGE_FAILURE";
    /**
     * The longest a request may take, before, during or after the outage: the datasource's
     * {@code connectionTimeout} (5 s, the longest a request waits for a pooled connection) plus the
     * work of a signature on two shared cores; a request that hangs on a dead connection exceeds it.
     */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(8);
    /** From the database accepting connections to every kind of request succeeding again. */
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(10);
    /** How long the load may go on after the restart before the test gives up waiting for it to succeed. */
    private static final Duration LOAD_AFTER_LIMIT = Duration.ofSeconds(30);
    private static final byte[] DOCUMENT = "泸定县 准予行政许可决定书 数据库停机".getBytes(StandardCharsets.UTF_8);
    private static final Path KEYS = LibertyNode.runtime().resolveSibling("outage-keys");
    private static final Path DATABASE = LibertyNode.runtime().resolveSibling("outage-postgresql");

    private static PostgresTools.ScratchServer database;
    /** Whether the database runs: it stays down if the test fails in the outage. */
    private static volatile boolean databaseUp;
    private static LibertyNode node;

    @BeforeAll
    static void startDatabaseAndNode() throws Exception {
        Optional<Path> binaries = PostgresTools.serverBinaries();
        if (!ON_POSTGRESQL || binaries.isEmpty()) {
            return;
        }
        assertOutsideEphemeralPorts(PG_PORT);
        database = PostgresTools.ScratchServer.startIn(DATABASE, binaries.get(), PG_PORT);
        databaseUp = true;
        PostgresTools.execute(PG_PORT, "postgres", "CREATE SCHEMA " + SCHEMA);
        FreshSchema.deleteTree(KEYS);
        node = LibertyNode.demoOnPostgresql("outage", Integer.getInteger("bianmin.http.port", 9080) + 1,
                Integer.getInteger("bianmin.https.port", 9443) + 1, Map.of("bianmin.pg.port", String.valueOf(PG_PORT),
                        "bianmin.pg.database", "postgres", "bianmin.pg.schema", SCHEMA),
                KEYS, ServerClock.start().toOffsetDateTime());
        node.start(LibertyNode::demoLoaded);
    }

    @BeforeEach
    void onPostgresql() {
        assumeTrue(ON_POSTGRESQL, "PostgresOutageIT stops and starts a PostgreSQL server of its own, skipped on the"
                + " embedded Derby (in the server's JVM, it cannot go down alone): run it with"
                + " -Dbianmin.test.db=postgresql");
        assumeTrue(PostgresTools.serverBinaries().isPresent(), "initdb and pg_ctl are not installed (Debian:"
                + " apt-get install postgresql)");
    }

    /** The node and the database go in every case; the node's logs and the database's stay under target. */
    @AfterAll
    static void stopNodeAndDatabase() throws Exception {
        try {
            if (node != null) {
                node.stop();
            }
        } finally {
            if (databaseUp) {
                database.stop("fast");
            }
        }
    }

    @Test
    void theDatabaseStoppedUnderLoadIsRefusedFastWith503AndTheNodeServesAgainWithoutLosingAnAcknowledgedAct()
            throws Exception {
        List<String> signingSeals = List.of(Seals.activeInCustodyOf(node.base(), "custodian.chen"),
                Seals.activeInCustodyOf(node.base(), "custodian.chen"));
        JsonNode beforeLoad = AcknowledgedActs.published(node.base());
        long casesBefore = AcknowledgedActs.auditEntriesOfType(node.base(), "PROXY_CASE_RECEIVED");

        Load load = new Load(signingSeals);
        Outage outage = new Outage();
        try (LoadClients clients = LoadClients.start(THREADS, load::run)) {
            Thread.sleep(LOAD_BEFORE_SECONDS * 1000L);
            outage.stopBegan = System.nanoTime();
            database.stop("fast");
            databaseUp = false;
            outage.stopped = System.nanoTime();
            Thread.sleep(OUTAGE_SECONDS * 1000L);
            outage.startBegan = System.nanoTime();
            database.startAgain();
            databaseUp = true;
            outage.started = System.nanoTime();
            long giveUp = outage.started + LOAD_AFTER_LIMIT.toNanos();
            while (load.recovery(outage.started).isEmpty() && System.nanoTime() < giveUp) {
                Thread.sleep(200);
            }
            Thread.sleep(1000);
            load.done.set(true);
            clients.awaitEnd(Duration.ofMinutes(2));
        } finally {
            load.done.set(true);
        }
        long recovered = load.recovery(outage.started).orElseThrow(() -> new AssertionError("not every kind of"
                + " request succeeded within " + LOAD_AFTER_LIMIT + " of the database's restart: " + load.exchanges));
        report(load, outage, recovered);

        assertEquals(List.of(), load.exchanges.stream().filter(exchange -> !exchange.succeeded() && !exchange.refused())
                .toList(), "every answer is the request's success or 503 " + OUTAGE_CODE);
        List<Exchange> duringOutage = load.exchanges.stream()
                .filter(exchange -> exchange.sent > outage.stopped && exchange.answered < outage.startBegan).toList();
        assertTrue(duringOutage.size() >= THREADS, "the clients kept asking while the database was down: "
                + duringOutage.size());
        duringOutage.forEach(exchange -> assertTrue(exchange.refused(), "sent while the database was down: " + exchange));
        Exchange longest = load.exchanges.stream().max(Comparator.comparing(Exchange::took)).orElseThrow();
        assertTrue(longest.took().compareTo(ANSWER_BOUND) <= 0, "no request takes longer than " + ANSWER_BOUND
                + ": " + longest);
        load.exchanges.stream().filter(exchange -> exchange.answered < outage.stopBegan).forEach(exchange ->
                assertTrue(exchange.succeeded(), "before the stop: " + exchange));
        assertTrue(Duration.ofNanos(recovered - outage.started).compareTo(RECOVERY_BOUND) <= 0,
                "every kind of request succeeds again within " + RECOVERY_BOUND + " of the restart");
        load.exchanges.stream().filter(exchange -> exchange.sent >= recovered).forEach(exchange ->
                assertTrue(exchange.succeeded(), "after the recovery: " + exchange));

        // a refused signature in flight at the stop may have been committed: its answer is the one
        // the node cannot make definite; every other refusal wrote nothing
        load.exchanges.stream().filter(exchange -> exchange.kind == Kind.SIGNATURE && exchange.refused()
                && exchange.sent < outage.stopped).forEach(exchange -> load.unknown.add(exchange.what));
        long unknownRecorded = load.assertEverySignatureOnceInTheUseRegister(node.base());
        load.assertEveryCaseRecorded(node.base());
        load.assertEveryActOnceInTheAuditLog(node.base(), Duration.ofSeconds(30));
        long casesInFlight = load.exchanges.stream().filter(exchange -> exchange.kind == Kind.CASE
                && exchange.refused() && exchange.sent < outage.stopped).count();
        long casesReceived = AcknowledgedActs.auditEntriesOfType(node.base(), "PROXY_CASE_RECEIVED") - casesBefore;
        assertTrue(casesReceived >= load.cases.size() && casesReceived <= load.cases.size() + casesInFlight,
                "cases received: the " + load.cases.size() + " acknowledged and at most the " + casesInFlight
                        + " refused in flight at the stop, not " + casesReceived);
        AcknowledgedActs.assertTheAuditLogContinues(node.base(), beforeLoad,
                node.logs().resolveSibling("audit-after-outage"));
        System.out.printf("PostgresOutageIT: %d refused signatures in flight at the stop, %d of them recorded;"
                + " %d cases received beyond the acknowledged%n", load.unknown.size(), unknownRecorded,
                casesReceived - load.cases.size());
    }

    /**
     * While the database is down the node keeps connecting to its port, each time from an ephemeral
     * port of the kernel's choosing; should it choose the database's port itself, the connection
     * meets itself (a TCP self-connect) and holds the port, and the database cannot listen on it
     * when it starts again ({@code Address already in use}). A port below the ephemeral range
     * ({@code /proc/sys/net/ipv4/ip_local_port_range}, 32768–60999 on Linux) is never chosen.
     */
    private static void assertOutsideEphemeralPorts(int port) throws java.io.IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (!java.nio.file.Files.isReadable(range)) {
            return;
        }
        String[] bounds;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(range)) {
            // a /proc file says it is empty: read it to its end
            bounds = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\D+");
        }
        assertEquals(2, bounds.length, "the ephemeral port range " + String.join(" ", bounds));
        int low = Integer.parseInt(bounds[0]);
        int high = Integer.parseInt(bounds[1]);
        assertTrue(port < low || port > high, "bianmin.outage.pg.port " + port + " lies among the ephemeral ports "
                + low + "-" + high + ": the node's own connection attempts during the outage could take it");
    }

    private static void report(Load load, Outage outage, long recovered) {
        Map<String, Long> answers = load.exchanges.stream().collect(Collectors.groupingBy(
                exchange -> exchange.status + (exchange.code.isEmpty() ? "" : " " + exchange.code), TreeMap::new,
                Collectors.counting()));
        Duration longestDuringOutage = load.exchanges.stream()
                .filter(exchange -> exchange.answered > outage.stopBegan && exchange.sent < outage.started)
                .map(Exchange::took).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        System.out.printf("PostgresOutageIT: %d requests, answers %s; acknowledged %d signatures, %d cases;"
                + " stop took %d ms, start %d ms; longest answer around the outage %d ms, longest of all %d ms;"
                + " every kind succeeded again %d ms after the database accepted connections%n",
                load.exchanges.size(), answers, load.signatures.size(), load.cases.size(),
                Duration.ofNanos(outage.stopped - outage.stopBegan).toMillis(),
                Duration.ofNanos(outage.started - outage.startBegan).toMillis(), longestDuringOutage.toMillis(),
                load.exchanges.stream().map(Exchange::took).max(Comparator.naturalOrder()).orElseThrow().toMillis(),
                Duration.ofNanos(recovered - outage.started).toMillis());
    }

    /** The moments of the outage ({@link System#nanoTime()}). */
    private static final class Outage {
        volatile long stopBegan;
        volatile long stopped;
        volatile long startBegan;
        volatile long started;
    }

    private enum Kind { SIGNATURE, CASE, READ }

    /**
     * One request and its answer: when it was sent and answered ({@link System#nanoTime()}), its
     * status (0 for a broken connection) and the error body's code.
     */
    private record Exchange(Kind kind, String what, long sent, long answered, int status, String code,
            boolean succeeded) {
        boolean refused() {
            return status == 503 && OUTAGE_CODE.equals(code);
        }

        Duration took() {
            return Duration.ofNanos(answered - sent);
        }

        @Override
        public String toString() {
            return kind + " " + what + ": " + status + " " + code + " after " + took().toMillis() + " ms";
        }
    }

    /** The clients, and every exchange they had. */
    private static final class Load extends AcknowledgedActs {
        final AtomicBoolean done = new AtomicBoolean();
        final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

        Load(List<String> signingSeals) {
            super(signingSeals);
        }

        /** One client: a signature, a case and a read per round, until the test is done. */
        void run(int client) {
            for (int round = 0; !done.get(); round++) {
                String tag = client + "-" + round;
                String esId = signingSeals.get(round % signingSeals.size());
                String caseNumber = "D-" + tag + "-" + esId;
                JsonNode signed = call(Kind.SIGNATURE, caseNumber, 201, () -> Api.as("custodian.chen").on(node.base())
                        .postBytes("/api/seals/" + esId + "/signatures?case=" + caseNumber, "application/pdf",
                                DOCUMENT));
                if (signed != null) {
                    signatures.put(caseNumber, Base64.getDecoder().decode(signed.path("der").asText()));
                }
                JsonNode proxyCase = call(Kind.CASE, "case " + tag, 201, () -> Api.as("agent.yang").on(node.base())
                        .post("/api/proxy/cases", ProxyCaseIT.newCase(IdNumbers.next())));
                if (proxyCase != null) {
                    cases.add(proxyCase.path("id").asText());
                }
                call(Kind.READ, "seal " + esId, 200, () -> Api.as("auditor.zhao").on(node.base())
                        .get("/api/seals/" + esId));
            }
        }

        /** The answer's body if it came with {@code status}; null otherwise. Every exchange is kept. */
        private JsonNode call(Kind kind, String what, int status, Supplier<Api.Answer> request) {
            long sent = System.nanoTime();
            try {
                Api.Answer answer = request.get();
                long answered = System.nanoTime();
                String code = answer.status() == status ? "" : codeOf(answer);
                exchanges.add(new Exchange(kind, what, sent, answered, answer.status(), code,
                        answer.status() == status));
                return answer.status() == status ? answer.json() : null;
            } catch (UncheckedIOException e) {
                exchanges.add(new Exchange(kind, what, sent, System.nanoTime(), 0, e.getMessage(), false));
                return null;
            }
        }

        private static String codeOf(Api.Answer answer) {
            try {
                return answer.code();
            } catch (AssertionError notJson) {
                return "(no JSON body: " + answer + ")";
            }
        }

        /**
         * The moment every kind of request had succeeded, sent after {@code since}: when the node
         * served again as a whole.
         */
        Optional<Long> recovery(long since) {
            Set<Kind> succeeded = EnumSet.noneOf(Kind.class);
            long latest = 0;
            for (Exchange exchange : exchanges.stream().sorted(Comparator.comparingLong(Exchange::answered)).toList()) {
                if (exchange.succeeded && exchange.sent >= since && succeeded.add(exchange.kind)) {
                    latest = exchange.answered;
                }
            }
            return succeeded.size() == Kind.values().length ? Optional.of(latest) : Optional.empty();
        }
    }
}
