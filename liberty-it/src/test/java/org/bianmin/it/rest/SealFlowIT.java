package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a township centre's approval seal over the REST API (docs/requirements.md C-SEAL):
 * request, approval by a second administrator (the requester's own approval refused), making,
 * three numbered sub-seals, signing a document, verifying it, revocation, a later signature
 * refused and the old signature's report after the revocation.
 */
class SealFlowIT {
    private static final Api ADMIN = Api.as("admin.zhang");
    private static final Api ADMIN_WHO_ALSO_APPROVES = Api.as("admin.wang");
    private static final Api APPROVER = Api.as("approver.li");
    private static final Api CUSTODIAN = Api.as("custodian.chen");
    private static final Api AUDITOR = Api.as("auditor.zhao");

    @Test
    void aSealLivesFromRequestToRevocation() {
        String township = Divisions.freshTownship();
        Api.Answer requested = ADMIN_WHO_ALSO_APPROVES.post("/api/seals", sealRequest(township));
        assertEquals(201, requested.status(), requested::toString);
        String esId = requested.json().path("esId").asText();
        assertEquals("REQUESTED", requested.json().path("state").asText());
        assertTrue(esId.matches("513322\\d{8}"), esId);

        Api.Answer selfApproval = ADMIN_WHO_ALSO_APPROVES.post("/api/seals/" + esId + "/approve");
        assertEquals(403, selfApproval.status(), selfApproval::toString);
        assertEquals("SEAL_DUAL_CONTROL_VIOLATION", selfApproval.code());

        Api.Answer approved = APPROVER.post("/api/seals/" + esId + "/approve");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("approver.li", approved.json().path("approvedBy").asText());
        Api.Answer again = APPROVER.post("/api/seals/" + esId + "/approve");
        assertEquals(409, again.status(), again::toString);
        assertEquals("SEAL_WRONG_STATE", again.code());

        Api.Answer made = ADMIN.post("/api/seals/" + esId + "/make");
        assertEquals(200, made.status(), made::toString);
        assertEquals("ACTIVE", made.json().path("state").asText());

        List<String> subSeals = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            Api.Answer sub = ADMIN.post("/api/seals/" + esId + "/sub-seals",
                    "{\"siteName\":\"泸定县测试镇第" + number + "便民服务站\",\"siteDivision\":\"" + township + "\"}");
            assertEquals(201, sub.status(), sub::toString);
            assertEquals(number, sub.json().path("number").asInt(), sub::toString);
            assertEquals(esId, sub.json().path("parentEsId").asText());
            String subId = sub.json().path("esId").asText();
            assertEquals(200, APPROVER.post("/api/seals/" + subId + "/approve").status());
            Api.Answer subMade = ADMIN.post("/api/seals/" + subId + "/make");
            assertEquals("ACTIVE", subMade.json().path("state").asText(), subMade::toString);
            assertTrue(subMade.json().path("name").asText().endsWith("(" + number + ")"), subMade::toString);
            subSeals.add(subId);
        }
        JsonNode listed = AUDITOR.get("/api/seals?division=" + township).json();
        assertEquals(4, listed.size(), listed::toString);
        assertEquals(esId, listed.get(0).path("esId").asText(), "the centre's seal comes first");

        Api.Answer notCustodian = CUSTODIAN.postBytes("/api/seals/" + esId + "/signatures?case=T-1",
                "application/octet-stream", document());
        assertEquals(403, notCustodian.status(), notCustodian::toString);
        assertEquals("SEAL_OPERATOR_NOT_AUTHORIZED", notCustodian.code());
        Seals.grantCustody(esId, "custodian.chen");

        Api.Answer signed = CUSTODIAN.postBytes("/api/seals/" + esId + "/signatures?case=" + township + "-1",
                "application/pdf", document());
        assertEquals(201, signed.status(), signed::toString);
        byte[] signature = Base64.getDecoder().decode(signed.json().path("der").asText());
        assertEquals(esId, signed.json().path("esId").asText());
        assertEquals(1, AUDITOR.get("/api/seals/" + esId + "/uses").json().size());

        JsonNode passed = verify(signature);
        assertEquals("TOTAL_PASSED", passed.path("overall").asText(), passed::toString);

        // the registry counts a state from the second its transition took effect: revoke in a later second
        ServerClock.advance(Duration.ofSeconds(2));
        Api.Answer revoked = ADMIN.post("/api/seals/" + esId + "/revoke", "{\"reason\":\"印章遗失 lost\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", revoked.json().path("state").asText());

        Api.Answer refused = CUSTODIAN.postBytes("/api/seals/" + esId + "/signatures?case=" + township + "-2",
                "application/pdf", document());
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("SEAL_NOT_ACTIVE", refused.code());

        JsonNode afterRevocation = verify(signature);
        JsonNode status = check(afterRevocation.path("signatures").get(0), "SEAL_STATUS");
        assertEquals("PASSED", status.path("result").asText(),
                "signed while active, recorded by the registry: " + afterRevocation);
        assertTrue(status.path("detail").asText().contains("REVOKED"), status::toString);

        JsonNode history = AUDITOR.get("/api/seals/" + esId + "/history").json();
        List<String> states = new ArrayList<>();
        history.forEach(step -> states.add(step.path("to").asText()));
        assertEquals(List.of("REQUESTED", "APPROVED", "MADE", "ACTIVE", "REVOKED"), states);
        assertEquals("印章遗失 lost", history.get(4).path("reason").asText());
    }

    @Test
    void theSealsPicturesAndStructureAreServed() {
        String township = Divisions.freshTownship();
        String esId = ADMIN.post("/api/seals", sealRequest(township)).json().path("esId").asText();
        APPROVER.post("/api/seals/" + esId + "/approve");
        ADMIN.post("/api/seals/" + esId + "/make");

        Api.Answer png = AUDITOR.get("/api/seals/" + esId + "/picture.png");
        assertEquals(200, png.status());
        assertEquals("image/png", png.contentType());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png.body(), 4));
        Api.Answer svg = AUDITOR.get("/api/seals/" + esId + "/picture.svg");
        assertTrue(svg.contentType().startsWith("image/svg+xml"), svg.contentType());
        assertTrue(svg.text().contains("<svg"), svg::toString);
        Api.Answer der = AUDITOR.get("/api/seals/" + esId + "/seseal.der");
        assertEquals(0x30, der.body()[0] & 0xFF, "a DER SEQUENCE");
        assertEquals("attachment; filename=\"" + esId + ".esl\"", der.header("Content-Disposition"),
                "saved under the seal's esID");

        JsonNode report = AUDITOR.postBytes("/api/verification/seal", "application/octet-stream", der.body()).json();
        assertEquals("PASSED", check(report.path("signatures").get(0), "SEAL_INTACT").path("result").asText(),
                report::toString);
        Api.Answer html = AUDITOR.postBytes("/api/verification/seal", "application/octet-stream", der.body(),
                "text/html");
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        assertTrue(html.text().contains(esId), "the report names the seal");

        Api.Answer suspended = ADMIN.post("/api/seals/" + esId + "/suspend", "{\"reason\":\"挂失\"}");
        assertEquals("SUSPENDED", suspended.json().path("state").asText(), suspended::toString);
        Seals.resume(esId, "找回");
        assertEquals("ACTIVE", AUDITOR.get("/api/seals/" + esId).json().path("state").asText());
    }

    @Test
    void unknownSealIs404() {
        Api.Answer answer = AUDITOR.get("/api/seals/51332299999999");
        assertEquals(404, answer.status(), answer::toString);
        assertEquals("SEAL_NOT_FOUND", answer.code());
    }

    private static JsonNode verify(byte[] signature) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("signature", signature);
        parts.put("document", document());
        Api.Answer answer = AUDITOR.postParts("/api/verification/detached", parts);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    static JsonNode check(JsonNode signature, String id) {
        for (JsonNode check : signature.path("checks")) {
            if (check.path("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id + " in " + signature);
    }

    private static byte[] document() {
        return "泸定县 准予行政许可决定书 2026-001".getBytes(StandardCharsets.UTF_8);
    }

    static String sealRequest(String township) {
        return """
                {"ownerUnit":"泸定县测试镇便民服务中心","ownerDivision":"%s","name":"泸定县测试镇人民政府审批服务专用章",
                 "purpose":"审批专用章","validFrom":"2026-01-01T00:00:00Z","validTo":"2031-01-01T00:00:00Z"}"""
                .formatted(township);
    }
}
