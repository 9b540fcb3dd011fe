package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A village proxy case (代办件) over the REST API at the pilot village 和平村 (a point the demo data
 * registers): received, checked against the catalogue's materials, forwarded, handled, completed,
 * answered and rated; the unanswered report; personal data masked; refusals with their codes.
 */
class ProxyCaseIT {
    private static final Api AGENT = Api.as("agent.yang");
    private static final Api SUPERVISOR = Api.as("supervisor.liu");

    @Test
    void aCaseGoesFromReceiptToAnswer() {
        JsonNode received = receive("513322195001010025");
        String id = received.path("id").asText();
        assertEquals("RECEIVED", received.path("state").asText(), received::toString);
        assertFalse(received.toString().contains("513322195001010025"), "the ID number is masked: " + received);
        assertFalse(received.toString().contains("13800001234"), "the phone number is masked: " + received);

        JsonNode unansweredBefore = SUPERVISOR.get("/api/proxy/reports/unanswered?township=513322102").json();
        assertTrue(unansweredBefore.toString().contains(id), "a received case is unanswered: " + unansweredBefore);

        JsonNode returned = AGENT.post("/api/proxy/cases/" + id + "/check", "{\"presented\":[\"居民身份证\"]}").json();
        assertEquals("RETURNED", returned.path("state").asText(), returned::toString);
        assertTrue(returned.path("missingMaterials").toString().contains("居民户口簿"), returned::toString);
        assertEquals("RECEIVED", AGENT.post("/api/proxy/cases/" + id + "/resubmit").json().path("state").asText());

        List<String> states = new ArrayList<>();
        states.add(AGENT.post("/api/proxy/cases/" + id + "/check", """
                {"presented":["居民身份证","居民户口簿","家庭收入及财产状况声明","本人银行账户（社保卡）"]}""")
                .json().path("state").asText());
        states.add(AGENT.post("/api/proxy/cases/" + id + "/forward").json().path("state").asText());
        states.add(AGENT.post("/api/proxy/cases/" + id + "/start").json().path("state").asText());
        states.add(AGENT.post("/api/proxy/cases/" + id + "/complete", "{\"result\":\"准予纳入低保\"}")
                .json().path("state").asText());
        states.add(AGENT.post("/api/proxy/cases/" + id + "/answer", "{\"method\":\"PHONE\"}").json().path("state").asText());
        assertEquals(List.of("CHECKED", "FORWARDED", "IN_PROGRESS", "DONE", "ANSWERED"), states);

        Api.Answer rated = AGENT.post("/api/proxy/cases/" + id + "/rating", "{\"stars\":5,\"comment\":\"满意\"}");
        assertEquals(5, rated.json().path("rating").asInt(), rated::toString);

        JsonNode history = SUPERVISOR.get("/api/proxy/cases/" + id + "/history").json();
        assertTrue(history.size() >= 8, history::toString);
        JsonNode unansweredAfter = SUPERVISOR.get("/api/proxy/reports/unanswered?township=513322102").json();
        assertFalse(unansweredAfter.toString().contains(id), "an answered case is off the report: " + unansweredAfter);
    }

    @Test
    void refusalsCarryTheirCodes() {
        String id = receive("513322198001010010").path("id").asText();
        Api.Answer early = AGENT.post("/api/proxy/cases/" + id + "/answer", "{\"method\":\"PHONE\"}");
        assertEquals(409, early.status(), early::toString);
        assertEquals("CASE_WRONG_STATE", early.code());

        Api.Answer badId = AGENT.post("/api/proxy/cases", newCase("513322198001010011"));
        assertEquals(400, badId.status(), badId::toString);
        assertEquals("ID_NUMBER_INVALID", badId.code());

        Api.Answer badChannel = AGENT.post("/api/proxy/cases",
                newCase("513322198001010010").replace("WALK_IN", "CARRIER_PIGEON"));
        assertEquals(400, badChannel.status(), badChannel::toString);

        Api.Answer unknown = SUPERVISOR.get("/api/proxy/cases/NO-SUCH-CASE");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("CASE_NOT_FOUND", unknown.code());

        Api.Answer notAnAgent = Api.as("custodian.chen").post("/api/proxy/cases", newCase("513322198001010010"));
        assertEquals(403, notAnAgent.status(), notAnAgent::toString);
    }

    private static JsonNode receive(String idNumber) {
        Api.Answer answer = AGENT.post("/api/proxy/cases", newCase(idNumber));
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    private static String newCase(String idNumber) {
        return """
                {"pointId":"heping","agentId":"heping-agent","itemCode":"LD-MZ-001","channel":"WALK_IN",
                 "applicant":{"name":"张某某","idNumber":"%s","phone":"13800001234"}}""".formatted(idNumber);
    }
}
