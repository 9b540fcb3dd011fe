package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Dual control over REST for the acts that rewrite a seal's past or hand it to an operator
 * (docs/requirements.md C-SEAL), with two administrators and an approver: admin.zhang and admin.wang
 * (who is also an approver) propose, approver.li confirms. A back-dated revocation, a resumption
 * and a custody grant answer 202 with a proposal and change nothing until a second person
 * confirms; an immediate revocation stays a one-person act.
 */
class SealDualControlIT {
    private static final Api ADMIN = Api.as("admin.zhang");
    private static final Api ADMIN_WHO_ALSO_APPROVES = Api.as("admin.wang");
    private static final Api APPROVER = Api.as("approver.li");
    private static final Api CUSTODIAN = Api.as("custodian.chen");
    private static final Api AUDITOR = Api.as("auditor.zhao");

    @Test
    void aBackDatedRevocationIsAProposalUntilAnApproverOtherThanTheProposerConfirmsIt() {
        String esId = Seals.activeInCustodyOf("custodian.chen");
        Instant requestedAt = Instant.parse(history(esId).get(0).path("at").asText());
        ServerClock.advance(Duration.ofHours(2));
        Instant lostSince = requestedAt.plus(Duration.ofMinutes(30));

        Api.Answer proposed = ADMIN_WHO_ALSO_APPROVES.post("/api/seals/" + esId + "/revoke",
                "{\"reason\":\"印章遗失\",\"effectiveAt\":\"" + lostSince + "\"}");
        assertEquals(202, proposed.status(), proposed::toString);
        String id = proposed.json().path("id").asText();
        assertEquals("REVOCATION", proposed.json().path("kind").asText());
        assertEquals("PENDING", proposed.json().path("status").asText());
        assertEquals(lostSince.toString(), proposed.json().path("effectiveAt").asText());
        assertEquals("ACTIVE", state(esId), "nothing changes before confirmation");
        assertEquals(201, sign(esId).status(), "the seal still signs");

        Api.Answer own = ADMIN_WHO_ALSO_APPROVES.post(confirm(esId, id));
        assertEquals(403, own.status(), own::toString);
        assertEquals("SEAL_DUAL_CONTROL_VIOLATION", own.code());
        Api.Answer notApprover = ADMIN.post(confirm(esId, id));
        assertEquals(403, notApprover.status(), "confirming is the approver's role: " + notApprover);
        assertEquals("ACTIVE", state(esId));

        Api.Answer confirmed = APPROVER.post(confirm(esId, id));
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("CONFIRMED", confirmed.json().path("status").asText());
        assertEquals("approver.li", confirmed.json().path("decidedBy").asText());
        assertEquals("REVOKED", state(esId));
        JsonNode revocation = history(esId).get(4);
        assertEquals(lostSince, Instant.parse(revocation.path("effectiveAt").asText()));
        assertEquals("印章遗失", revocation.path("reason").asText());
        assertEquals("approver.li", revocation.path("actor").asText(), revocation::toString);
        assertEquals("REVOKED", AUDITOR.get("/api/seals/" + esId + "/state?at=" + lostSince).json().path("state")
                .asText());

        Api.Answer again = APPROVER.post(confirm(esId, id));
        assertEquals(409, again.status(), again::toString);
        assertEquals("SEAL_PROPOSAL_CLOSED", again.code());
    }

    @Test
    void anImmediateRevocationStaysAOnePersonAct() {
        String esId = Seals.activeInCustodyOf("custodian.chen");
        Api.Answer revoked = ADMIN.post("/api/seals/" + esId + "/revoke", "{\"reason\":\"印章被盗\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().path("state").asText());
        assertEquals(1, AUDITOR.get("/api/seals/" + esId + "/proposals").json().size(),
                "only the custody grant was proposed");
    }

    @Test
    void aResumptionWaitsForTheApproverAndAProposalWhoseSealChangedMeanwhileIsRefused() {
        String esId = Seals.activeInCustodyOf("custodian.chen");
        assertEquals(200, ADMIN.post("/api/seals/" + esId + "/suspend", "{\"reason\":\"挂失\"}").status());
        Api.Answer resumption = ADMIN.post("/api/seals/" + esId + "/resume", "{\"reason\":\"找回\"}");
        assertEquals(202, resumption.status(), resumption::toString);
        assertEquals("SUSPENDED", state(esId));
        assertEquals("SEAL_NOT_ACTIVE", sign(esId).code());

        assertEquals(200, ADMIN_WHO_ALSO_APPROVES.post("/api/seals/" + esId + "/revoke",
                "{\"reason\":\"卡片已被复制\"}").status());
        Api.Answer stale = APPROVER.post(confirm(esId, resumption.json().path("id").asText()));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("SEAL_PROPOSAL_STALE", stale.code());
        assertTrue(stale.json().path("message").asText().contains("SUSPENDED"), stale::toString);
        assertEquals("REVOKED", state(esId));
    }

    @Test
    void aCustodyGrantWaitsForTheApproverAndMayBeRejectedOrWithdrawn() {
        String esId = Seals.active();
        Api.Answer proposed = ADMIN.put("/api/seals/" + esId + "/custodians/custodian.chen");
        assertEquals(202, proposed.status(), proposed::toString);
        assertEquals("custodian.chen", proposed.json().path("operator").asText(), proposed::toString);
        assertEquals("SEAL_OPERATOR_NOT_AUTHORIZED", sign(esId).code(), "no custody before confirmation");

        String id = proposed.json().path("id").asText();
        Api.Answer notHis = ADMIN_WHO_ALSO_APPROVES.post(proposal(esId, id) + "/withdraw", "{}");
        assertEquals(403, notHis.status(), notHis::toString);
        assertEquals("NOT_PERMITTED", notHis.code());
        Api.Answer noReason = APPROVER.post(proposal(esId, id) + "/reject", "{}");
        assertEquals(400, noReason.status(), noReason::toString);
        Api.Answer rejected = APPROVER.post(proposal(esId, id) + "/reject", "{\"reason\":\"不是本站人员\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.json().path("status").asText());
        assertEquals("SEAL_OPERATOR_NOT_AUTHORIZED", sign(esId).code());

        String second = ADMIN.put("/api/seals/" + esId + "/custodians/custodian.chen").json().path("id").asText();
        Api.Answer withdrawn = ADMIN.post(proposal(esId, second) + "/withdraw", "{}");
        assertEquals("WITHDRAWN", withdrawn.json().path("status").asText(), withdrawn::toString);
        Api.Answer unknown = APPROVER.post(confirm(esId, "no-such-proposal"));
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("SEAL_PROPOSAL_NOT_FOUND", unknown.code());

        Seals.grantCustody(esId, "custodian.chen");
        assertEquals(201, sign(esId).status(), "custody confirmed by the approver");
        JsonNode proposals = AUDITOR.get("/api/seals/" + esId + "/proposals").json();
        assertEquals(3, proposals.size(), proposals::toString);
        assertEquals("不是本站人员", proposals.get(0).path("decisionReason").asText());
    }

    private static String proposal(String esId, String id) {
        return "/api/seals/" + esId + "/proposals/" + id;
    }

    private static String confirm(String esId, String id) {
        return proposal(esId, id) + "/confirm";
    }

    private static String state(String esId) {
        return AUDITOR.get("/api/seals/" + esId).json().path("state").asText();
    }

    private static JsonNode history(String esId) {
        return AUDITOR.get("/api/seals/" + esId + "/history").json();
    }

    private static Api.Answer sign(String esId) {
        return CUSTODIAN.postBytes("/api/seals/" + esId + "/signatures?case=DC-" + esId, "application/pdf",
                "泸定县 准予行政许可决定书".getBytes(StandardCharsets.UTF_8));
    }
}
