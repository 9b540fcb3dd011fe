package org.bianmin.it.rest;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One kind of work the load puts on the REST API: what it sets up first, and the loop each of its
 * virtual users repeats (the requests of one document, one case, one query). Every request checks
 * its status and, where the answer says more, what it says, so that a wrong answer counts as failed.
 */
enum LoadScenario {
    /** Detached verification of one seal's signature over its document ({@code POST /api/verification/detached}). */
    DETACHED_VERIFICATION("detached verification", 1) {
        @Override
        void setUp() {
            LoadFixture.detachedBody();
        }

        @Override
        ChainBuilder loop() {
            return verification("verify detached", "/api/verification/detached", LoadFixture::detachedContentType,
                    LoadFixture::detachedBody);
        }
    },
    /** Verification of an invoice OFD sealed by the registry's seal ({@code POST /api/verification/ofd}). */
    OFD_VERIFICATION("OFD verification", 1) {
        @Override
        void setUp() {
            LoadFixture.sealedInvoice();
        }

        @Override
        ChainBuilder loop() {
            return verification("verify OFD", "/api/verification/ofd", () -> "application/ofd",
                    LoadFixture::sealedInvoice);
        }
    },
    /**
     * Detached signing by the window clerks, each virtual user a clerk of its own, round the five
     * seals ({@code POST /api/seals/{esId}/signatures}).
     */
    SIGNING("signing", 1) {
        @Override
        void setUp() {
            LoadFixture.clerks();
        }

        @Override
        ChainBuilder loop() {
            return exec(session -> session.set("esId", nextSeal()).set("case", "LOAD-S-" + CASES.incrementAndGet()))
                    .exec(http("sign").post("/api/seals/#{esId}/signatures?case=#{case}")
                            .header("Authorization", session -> basic(LoadFixture.clerk(session.userId())))
                            .header("Content-Type", "application/pdf")
                            .body(StringBody(session -> "泸定县 准予行政许可决定书 " + session.getString("case")))
                            .check(status().is(201), jsonPath("$.esId").isEL("#{esId}")));
        }
    },
    /**
     * Sealing of the invoice OFD by the window clerks, each virtual user a clerk of its own, round the
     * five seals ({@code POST /api/seals/{esId}/sealed-ofd}).
     */
    OFD_SEALING("OFD sealing", 1) {
        @Override
        void setUp() {
            LoadFixture.clerks();
            LoadFixture.unsignedInvoice();
        }

        @Override
        ChainBuilder loop() {
            return exec(session -> session.set("esId", nextSeal()).set("case", "LOAD-O-" + CASES.incrementAndGet()))
                    .exec(http("seal OFD").post("/api/seals/#{esId}/sealed-ofd?case=#{case}&page=1&x=150&y=100")
                            .header("Authorization", session -> basic(LoadFixture.clerk(session.userId())))
                            .header("Content-Type", "application/ofd")
                            .header("Accept", "application/ofd")
                            .body(ByteArrayBody(session -> LoadFixture.unsignedInvoice()))
                            .check(status().is(201)));
        }
    },
    /**
     * A village proxy case (代办件) from receipt to answer by the village agents, each virtual user an
     * agent of its own at one of the pilot points: received, checked, forwarded, started, completed
     * and answered, six requests ({@code /api/proxy/cases}).
     */
    PROXY_CASES("proxy cases", 6) {
        @Override
        void setUp() {
            LoadFixture.agents();
        }

        @Override
        ChainBuilder loop() {
            return exec(session -> session.set("idNumber", IdNumbers.next())
                            .set("agent", LoadFixture.agent(session.userId()))
                            .set("point", LoadFixture.agentPoint(session.userId())))
                    .exec(proxy("receive case", "/api/proxy/cases", """
                            {"pointId":"#{point}","itemCode":"LD-MZ-001","channel":"WALK_IN",
                             "applicant":{"name":"张某某","idNumber":"#{idNumber}","phone":"13800001234"}}""",
                            201, "RECEIVED").check(jsonPath("$.id").saveAs("caseId")))
                    .exec(proxy("check case", "/api/proxy/cases/#{caseId}/check",
                            "{\"presented\":[\"居民身份证\",\"居民户口簿\",\"家庭收入及财产状况声明\",\"本人银行账户（社保卡）\"]}",
                            200, "CHECKED"))
                    .exec(proxy("forward case", "/api/proxy/cases/#{caseId}/forward", null, 200, "FORWARDED"))
                    .exec(proxy("start case", "/api/proxy/cases/#{caseId}/start", null, 200, "IN_PROGRESS"))
                    .exec(proxy("complete case", "/api/proxy/cases/#{caseId}/complete",
                            "{\"result\":\"准予纳入低保\"}", 200, "DONE"))
                    .exec(proxy("answer case", "/api/proxy/cases/#{caseId}/answer",
                            "{\"method\":\"PHONE\"}", 200, "ANSWERED"));
        }
    },
    /** "Who handles" queries of the catalogue for a pilot village ({@code GET /api/catalogue/who-handles}). */
    WHO_HANDLES("who handles", 1) {
        @Override
        void setUp() {
        }

        @Override
        ChainBuilder loop() {
            return exec(session -> session.set("item", ITEMS.get(ThreadLocalRandom.current().nextInt(ITEMS.size()))))
                    .exec(http("who handles").get("/api/catalogue/who-handles?item=#{item}&place=513322102201&date=2026-03-02")
                            .header("Authorization", basic("agent.yang"))
                            .check(status().is(200), jsonPath("$.level").exists()));
        }
    },
    /** An audit entry's offline proof and an inclusion proof at a published checkpoint ({@code /api/audit}). */
    AUDIT_PROOFS("audit proofs", 2) {
        @Override
        void setUp() {
            LoadFixture.auditTreeSize();
        }

        @Override
        ChainBuilder loop() {
            return exec(session -> session.set("treeSize", LoadFixture.auditTreeSize())
                            .set("sequence", ThreadLocalRandom.current().nextLong(LoadFixture.auditTreeSize())))
                    .exec(http("audit entry proof").get("/api/audit/entries/#{sequence}/proof")
                            .header("Authorization", basic("auditor.zhao"))
                            .check(status().is(200)))
                    .exec(http("audit inclusion proof")
                            .get("/api/audit/proofs/inclusion?sequence=#{sequence}&treeSize=#{treeSize}")
                            .header("Authorization", basic("auditor.zhao"))
                            .check(status().is(200)));
        }
    };

    private static final AtomicLong CASES = new AtomicLong();
    private static final AtomicLong SEAL_TURN = new AtomicLong();
    private static final List<String> ITEMS = List.of("LD-MZ-001", "LD-NY-005");

    private final String title;
    private final int requestsPerLoop;

    LoadScenario(String title, int requestsPerLoop) {
        this.title = title;
        this.requestsPerLoop = requestsPerLoop;
    }

    /** What the scenario needs before the load starts, made through the REST API. */
    abstract void setUp();

    /** The requests of one loop of a virtual user. */
    abstract ChainBuilder loop();

    /** The scenario as Gatling runs it: each virtual user loops within the run's bounds. */
    ScenarioBuilder scenario(LoadSettings settings) {
        LoadBounds bounds = LoadBounds.of(settings, requestsPerLoop);
        return io.gatling.javaapi.core.CoreDsl.scenario(title).asLongAs(session -> bounds.another()).on(loop());
    }

    String title() {
        return title;
    }

    private static String nextSeal() {
        List<String> seals = LoadFixture.seals();
        return seals.get((int) (SEAL_TURN.getAndIncrement() % seals.size()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A verification by the auditor that must find every signature valid. */
    private static ChainBuilder verification(String name, String path, Supplier<String> contentType,
            Supplier<byte[]> body) {
        return exec(http(name).post(path)
                .header("Authorization", basic("auditor.zhao"))
                .header("Content-Type", session -> contentType.get())
                .body(ByteArrayBody(session -> body.get()))
                .check(status().is(200), jsonPath("$.overall").is("TOTAL_PASSED")));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder proxy(String name, String path, String json,
            int expected, String state) {
        io.gatling.javaapi.http.HttpRequestActionBuilder request = http(name).post(path)
                .header("Authorization", session -> basic(session.getString("agent")));
        if (json != null) {
            request = request.header("Content-Type", "application/json").body(StringBody(json));
        }
        return request.check(status().is(expected), jsonPath("$.state").is(state));
    }
}
