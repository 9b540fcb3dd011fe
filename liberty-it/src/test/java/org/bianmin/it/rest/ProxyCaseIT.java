package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
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
        String ratingCode = received.path("ratingCode").asText();
        assertTrue(ratingCode.matches("[A-Z2-7]{26}"), "the receipt carries the applicant's rating code: " + received);
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

        Api.Answer byAgent = AGENT.post("/api/proxy/cases/" + id + "/rating", "{\"stars\":1,\"comment\":\"差\"}");
        assertEquals(403, byAgent.status(), byAgent::toString);
        assertEquals("NOT_PERMITTED", byAgent.code());
        String rating = "{\"code\":\"" + ratingCode + "\",\"stars\":5,\"comment\":\"满意\"}";
        Api.Answer rated = publicRating(rating);
        assertEquals(200, rated.status(), rated::toString);
        assertEquals(5, rated.json().path("stars").asInt(), rated::toString);
        assertEquals(5, SUPERVISOR.get("/api/proxy/cases/" + id).json().path("rating").asInt());
        Api.Answer again = publicRating(rating);
        assertEquals(400, again.status(), again::toString);
        assertEquals("RATING_CODE_INVALID", again.code());

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

    @Test
    void aPaperCaseIsEnteredLateWithAReasonAndOtherwiseTheServersTimeIsKept() {
        JsonNode onTime = receive("513322197001010016");
        Instant serverNow = Instant.parse(onTime.path("receivedAt").asText());
        assertFalse(onTime.path("recordedLate").asBoolean(), onTime::toString);

        String backdated = newCase("513322197001010016").replace("\"channel\"",
                "\"receivedAt\":\"" + serverNow.minus(Duration.ofDays(2)) + "\",\"channel\"");
        Api.Answer refused = AGENT.post("/api/proxy/cases", backdated);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("INVALID_ARGUMENT", refused.code());

        Api.Answer late = AGENT.post("/api/proxy/cases", backdated.replace("\"channel\"",
                "\"lateReason\":\"系统停机，纸质登记后补录\",\"channel\""));
        assertEquals(201, late.status(), late::toString);
        assertTrue(late.json().path("recordedLate").asBoolean(), late::toString);
        assertEquals(serverNow.minus(Duration.ofDays(2)), Instant.parse(late.json().path("receivedAt").asText()));
        assertEquals("系统停机，纸质登记后补录", late.json().path("lateReason").asText());

        for (Instant paper : new Instant[] {serverNow.minus(Duration.ofDays(60)), serverNow.plus(Duration.ofDays(1))}) {
            Api.Answer outOfWindow = AGENT.post("/api/proxy/cases", newCase("513322197001010016").replace("\"channel\"",
                    "\"receivedAt\":\"" + paper + "\",\"lateReason\":\"补录\",\"channel\""));
            assertEquals(400, outOfWindow.status(), outOfWindow::toString);
            assertEquals("LATE_ENTRY_INVALID", outOfWindow.code());
        }
    }

    @Test
    void listingsArePagedAndTheirPeriodsBounded() {
        receive("513322197101010013");
        receive("513322197101010013");
        Api.Answer first = SUPERVISOR.get("/api/proxy/cases?point=heping&limit=1");
        assertEquals(200, first.status(), first::toString);
        assertEquals(1, first.json().size(), first::toString);
        assertEquals("1", first.header("X-Next-Offset"), first::toString);
        assertTrue(first.header("Link").contains("offset=1") && first.header("Link").contains("rel=\"next\""),
                first.header("Link"));
        Api.Answer second = SUPERVISOR.get("/api/proxy/cases?point=heping&limit=1&offset=1");
        assertFalse(second.json().path(0).path("id").asText().equals(first.json().path(0).path("id").asText()));
        Api.Answer all = SUPERVISOR.get("/api/proxy/cases?point=heping");
        assertEquals(null, all.header("X-Next-Offset"), "the default first page holds every case here");
        assertTrue(all.json().size() >= 2, all::toString);

        for (String bad : new String[] {"limit=501", "limit=0", "offset=-1", "limit=many"}) {
            Api.Answer refused = SUPERVISOR.get("/api/proxy/cases?point=heping&" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused);
            assertEquals("INVALID_ARGUMENT", refused.code());
        }
        Api.Answer tooLong = SUPERVISOR.get("/api/proxy/cases?point=heping&from=2020-01-01&to=2021-12-31");
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals("DATE_RANGE_INVALID", tooLong.code());
        assertEquals(400, SUPERVISOR.get("/api/proxy/reports/overdue?limit=501").status());
    }

    @Test
    void theRatingEndpointIsBounded() {
        Api.Answer limited = null;
        for (int i = 0; i < 12 && (limited == null || limited.status() != 429); i++) {
            limited = Api.anonymous().post("/api/public/ratings", "{\"code\":\"AAAAAAAAAAAAAAAAAAAAAAAAAA\",\"stars\":5}");
            if (limited.status() != 429) {
                assertEquals(400, limited.status(), limited::toString);
                assertEquals("RATING_CODE_INVALID", limited.code());
            }
        }
        assertEquals(429, limited.status(), "the 11th attempt of a minute at the latest: " + limited);
        assertEquals("TOO_MANY_REQUESTS", limited.code());
        assertTrue(Integer.parseInt(limited.header("Retry-After")) <= 60, limited::toString);
    }

    /** The applicant's rating, without a login; once more after the minute if other tests used up the bound. */
    private static Api.Answer publicRating(String body) {
        Api.Answer answer = Api.anonymous().post("/api/public/ratings", body);
        if (answer.status() == 429) {
            try {
                Thread.sleep(1000L * Integer.parseInt(answer.header("Retry-After")) + 500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = Api.anonymous().post("/api/public/ratings", body);
        }
        return answer;
    }

    private static JsonNode receive(String idNumber) {
        Api.Answer answer = AGENT.post("/api/proxy/cases", newCase(idNumber));
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    static String newCase(String idNumber) {
        return """
                {"pointId":"heping","agentId":"heping-agent","itemCode":"LD-MZ-001","channel":"WALK_IN",
                 "applicant":{"name":"张某某","idNumber":"%s","phone":"13800001234"}}""".formatted(idNumber);
    }
}
