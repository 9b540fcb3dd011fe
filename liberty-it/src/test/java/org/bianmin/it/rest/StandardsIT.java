package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Standards checks of the annex-2 pilot sites over the REST API: each site's floor area is assessed
 * against the plan (centres at least 80 m², village rooms their own threshold) and everything the
 * annex does not state is NOT_ASSESSED; one site description checked on its own; bad input 400.
 */
class StandardsIT {
    private static final Api SUPERVISOR = Api.as("supervisor.liu");

    @Test
    void thePilotSitesAreChecked() {
        Api.Answer answer = SUPERVISOR.get("/api/standards/pilot-sites?from=2026-01-01&to=2026-06-30");
        assertEquals(200, answer.status(), answer::toString);
        JsonNode sites = answer.json().path("sites");
        assertEquals(4, sites.size(), answer::toString);
        Map<String, String> areaStatus = new HashMap<>();
        for (JsonNode site : sites) {
            for (JsonNode result : site.path("results")) {
                String rule = result.path("rule").asText();
                if (rule.equals("C-AREA") || rule.equals("V-AREA")) {
                    areaStatus.put(site.path("site").asText(), result.path("status").asText());
                }
            }
        }
        assertEquals("PASS", areaStatus.get("泸定县兴隆镇便民服务中心"), areaStatus::toString);
        assertEquals("PASS", areaStatus.get("泸定县冷碛镇便民服务中心"), areaStatus::toString);
        assertEquals(4, areaStatus.size(), areaStatus::toString);
        assertTrue(answer.json().has("rollUp"), answer::toString);

        Api.Answer html = SUPERVISOR.get("/api/standards/pilot-sites", "text/html");
        assertTrue(html.contentType().startsWith("text/html") && html.text().contains("兴隆镇"), html::toString);
    }

    @Test
    void oneSiteDescriptionIsChecked() {
        Api.Answer answer = SUPERVISOR.post("/api/standards/check", """
                {"kind":"TOWNSHIP_CENTRE","name":"泸定县测试镇便民服务中心","divisionCode":"513322",
                 "township":"测试镇","areaM2":60}""");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("FAIL", result(answer, "C-AREA").path("status").asText(), answer::toString);
    }

    @Test
    void aMissingOrMalformedDivisionCodeIsExplained() {
        Api.Answer missing = SUPERVISOR.post("/api/standards/check",
                "{\"kind\":\"TOWNSHIP_CENTRE\",\"name\":\"泸定县兴隆镇便民服务中心\"}");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals("SITE_DESCRIPTION_INVALID", missing.code());
        String message = missing.json().path("message").asText();
        assertTrue(message.startsWith("divisionCode is required: the site's administrative division code (行政区划代码")
                && message.endsWith("e.g. \"513322102\" for 泸定县兴隆镇 or \"513322102201\" for its 和平村"), message);
        Api.Answer malformed = SUPERVISOR.post("/api/standards/check",
                "{\"kind\":\"TOWNSHIP_CENTRE\",\"name\":\"泸定县兴隆镇便民服务中心\",\"divisionCode\":\"5133221\"}");
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals("SITE_DESCRIPTION_INVALID", malformed.code());
        assertTrue(malformed.json().path("message").asText().startsWith(
                "divisionCode '5133221' is not a division code: the site's administrative division code"),
                malformed::toString);
    }

    @Test
    void theRegisteredNameIsJudgedWithoutASign() {
        Api.Answer answer = SUPERVISOR.post("/api/standards/check", """
                {"kind":"TOWNSHIP_CENTRE","name":"兴隆镇便民服务中心","divisionCode":"513322102"}""");
        assertEquals(200, answer.status(), answer::toString);
        JsonNode name = result(answer, "C-NAME");
        assertEquals("FAIL", name.path("status").asText(), answer::toString);
        assertTrue(name.path("detail").asText().contains("lacks the county 泸定县 — expected 泸定县XX乡/镇便民服务中心: "
                + "泸定县兴隆镇便民服务中心"), name::toString);
    }

    @Test
    void badInputIs400AndRolesAreEnforced() {
        Api.Answer malformed = SUPERVISOR.post("/api/standards/check", "{\"kind\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals("SITE_DESCRIPTION_INVALID", malformed.code());
        Api.Answer badPeriod = SUPERVISOR.get("/api/standards/pilot-sites?from=2026-06-30&to=2026-01-01");
        assertEquals(400, badPeriod.status(), badPeriod::toString);
        assertEquals(403, Api.as("agent.yang").get("/api/standards/rules").status());
    }

    /** The result of {@code rule} in a checked site's report; a missing node when the report has none. */
    private static JsonNode result(Api.Answer answer, String rule) {
        for (JsonNode result : answer.json().path("results")) {
            if (result.path("rule").asText().equals(rule)) {
                return result;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
