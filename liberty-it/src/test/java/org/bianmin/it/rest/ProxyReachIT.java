package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Reach over the REST API with the demo's logins: the agents of 和平村 ({@code agent.yang}) and 杵坭村
 * ({@code agent.luo}), the 兴隆镇 supervisor ({@code supervisor.xinglong}) and the county supervisor.
 * A case outside the caller's reach answers exactly as a case that does not exist.
 */
class ProxyReachIT {
    private static final Api HEPING_AGENT = Api.as("agent.yang");
    private static final Api CHUNI_AGENT = Api.as("agent.luo");
    private static final Api XINGLONG = Api.as("supervisor.xinglong");
    private static final Api COUNTY = Api.as("supervisor.liu");
    private static final String NEVER_USED = "00000000-0000-0000-0000-000000000000";

    @Test
    void anAgentReadsAndActsOnlyOnTheirPointsCases() {
        String heping = receive(HEPING_AGENT, "heping", "513322196001010011");
        String chuni = receive(CHUNI_AGENT, "chuni", "513322196001010011");

        assertEquals(200, HEPING_AGENT.get("/api/proxy/cases/" + heping).status());
        String missing = CHUNI_AGENT.get("/api/proxy/cases/" + NEVER_USED).json().path("message").asText();
        for (Api.Answer hidden : new Api.Answer[] {
            CHUNI_AGENT.get("/api/proxy/cases/" + heping),
            CHUNI_AGENT.get("/api/proxy/cases/" + heping + "/history"),
            CHUNI_AGENT.post("/api/proxy/cases/" + heping + "/check", "{\"presented\":[\"居民身份证\"]}"),
            CHUNI_AGENT.post("/api/proxy/cases/" + heping + "/forward"),
            CHUNI_AGENT.post("/api/proxy/cases/" + heping + "/answer", "{\"method\":\"PHONE\"}")}) {
            assertEquals(404, hidden.status(), hidden::toString);
            assertEquals("CASE_NOT_FOUND", hidden.code());
            assertEquals(missing.replace(NEVER_USED, heping), hidden.json().path("message").asText(),
                    "the refusal reads as for a case that does not exist");
        }
        JsonNode history = COUNTY.get("/api/proxy/cases/" + heping + "/history").json();
        assertEquals(1, history.size(), "the refused moves wrote nothing: " + history);

        Api.Answer otherPoint = CHUNI_AGENT.get("/api/proxy/cases?point=heping");
        assertEquals(403, otherPoint.status(), otherPoint::toString);
        assertEquals("NOT_PERMITTED", otherPoint.code());
        assertTrue(otherPoint.json().path("message").asText().contains("point chuni"), otherPoint::toString);
        Api.Answer township = CHUNI_AGENT.get("/api/proxy/reports/unanswered?township=513322102");
        assertEquals(403, township.status(), township::toString);
        Api.Answer receiveElsewhere = CHUNI_AGENT.post("/api/proxy/cases", newCase("heping", "513322196001010011")
                .replace("{\"pointId\"", "{\"agentId\":\"heping-agent\",\"pointId\""));
        assertEquals(403, receiveElsewhere.status(), receiveElsewhere::toString);
        assertEquals("NOT_PERMITTED", receiveElsewhere.code());

        JsonNode own = CHUNI_AGENT.get("/api/proxy/cases").json();
        assertTrue(own.toString().contains(chuni), "the default listing is the agent's point: " + own);
        for (JsonNode c : own) {
            assertEquals("chuni", c.path("pointId").asText(), own::toString);
        }
        JsonNode reach = CHUNI_AGENT.get("/api/proxy/reach").json();
        assertEquals("POINT", reach.path("scopes").path(0).path("level").asText(), reach::toString);
        assertEquals("chuni", reach.path("scopes").path(0).path("id").asText(), reach::toString);
        assertEquals("chuni-agent", reach.path("assignments").path(0).path("agentId").asText(), reach::toString);
    }

    @Test
    void supervisorsReachTheirTownshipOrTheCounty() {
        String heping = receive(HEPING_AGENT, "heping", "513322196101010019");
        String chuni = receive(CHUNI_AGENT, "chuni", "513322196101010019");

        assertEquals(200, XINGLONG.get("/api/proxy/cases/" + heping).status());
        Api.Answer hidden = XINGLONG.get("/api/proxy/cases/" + chuni);
        assertEquals(404, hidden.status(), hidden::toString);
        assertEquals("CASE_NOT_FOUND", hidden.code());
        JsonNode township = XINGLONG.get("/api/proxy/cases").json();
        assertTrue(township.toString().contains(heping), township::toString);
        assertFalse(township.toString().contains(chuni), township::toString);
        assertEquals(403, XINGLONG.get("/api/proxy/reports/indicators?township=513322101").status());

        assertEquals(200, COUNTY.get("/api/proxy/cases/" + chuni).status());
        assertEquals(200, Api.as("auditor.zhao").get("/api/proxy/cases/" + heping).status());
        assertEquals("COUNTY", COUNTY.get("/api/proxy/reach").json().path("scopes").path(0).path("level").asText());
    }

    @Test
    void theCountyAdministersAssignments() {
        String body = "{\"login\":\"agent.trainee\",\"pointId\":\"heping\",\"agentId\":\"heping-agent\"}";
        Api.Answer byTownship = XINGLONG.post("/api/proxy/assignments", body);
        assertEquals(403, byTownship.status(), byTownship::toString);
        assertEquals("NOT_PERMITTED", byTownship.code());
        assertEquals(403, HEPING_AGENT.post("/api/proxy/assignments", body).status());
        Api.Answer wrongAgent = COUNTY.post("/api/proxy/assignments",
                "{\"login\":\"agent.trainee\",\"pointId\":\"heping\",\"agentId\":\"chuni-agent\"}");
        assertEquals(404, wrongAgent.status(), wrongAgent::toString);
        assertEquals("AGENT_NOT_FOUND", wrongAgent.code());

        Api.Answer assigned = COUNTY.post("/api/proxy/assignments", body);
        assertEquals(201, assigned.status(), assigned::toString);
        assertEquals("heping", assigned.json().path("scope").path("id").asText(), assigned::toString);
        assertEquals(1, COUNTY.get("/api/proxy/assignments?login=agent.trainee").json().size());
        assertEquals(403, XINGLONG.delete("/api/proxy/assignments?login=agent.trainee&point=heping").status());
        assertEquals(204, COUNTY.delete("/api/proxy/assignments?login=agent.trainee&point=heping").status());
        assertEquals(0, COUNTY.get("/api/proxy/assignments?login=agent.trainee").json().size());
    }

    private static String receive(Api agent, String point, String idNumber) {
        Api.Answer answer = agent.post("/api/proxy/cases", newCase(point, idNumber));
        assertEquals(201, answer.status(), answer::toString);
        return answer.json().path("id").asText();
    }

    /** A case without an agent id: the caller's own agent record at the point is taken. */
    private static String newCase(String point, String idNumber) {
        return """
                {"pointId":"%s","itemCode":"LD-MZ-001","channel":"WALK_IN",
                 "applicant":{"name":"王某某","idNumber":"%s"}}""".formatted(point, idNumber);
    }
}
