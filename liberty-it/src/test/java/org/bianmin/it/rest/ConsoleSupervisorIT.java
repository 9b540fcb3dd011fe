package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The supervisor's standards and catalogue pages in a real browser: each pilot site's rule verdicts
 * as the REST report gives them, with the rule's own text; who handles a village proxy item and on
 * which grant; a version published on the page after an import, and its field-by-field difference
 * from the version before, which names the imported item as added.
 */
class ConsoleSupervisorIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.office();

    private static final Api SUPERVISOR = Api.as("supervisor.liu");
    private static final String XINGLONG = "泸定县兴隆镇便民服务中心";

    @Test
    void thePilotSitesWithEachRulesVerdictAndText() {
        openAsSupervisor("standards");
        String row = "[data-site='" + XINGLONG + "'] tr[data-rule='C-AREA']";
        BROWSER.waitFor(row);
        String status = BROWSER.attribute(row + " [data-status]", "data-status");
        assertEquals("PASS", status, "兴隆镇's centre is large enough");
        assertEquals(restStatus(XINGLONG, "C-AREA"), status);
        String summary = "";
        for (JsonNode rule : SUPERVISOR.get("/api/standards/rules").json()) {
            summary = rule.path("id").asText().equals("C-AREA") ? rule.path("summary").asText() : summary;
        }
        assertTrue(!summary.isEmpty() && BROWSER.text(row + " td.rule-text").contains(summary), summary);
        BROWSER.screenshot("standards");
    }

    @Test
    void whoHandlesAVillageProxyItemAndWhy() {
        openAsSupervisor("catalogue");
        BROWSER.type("#who-item", "LD-MZ-001");
        BROWSER.type("#who-place", "513322102201");
        BROWSER.setValue("#who-date", "2026-03-02");
        BROWSER.click("#who-submit");
        BROWSER.waitUntilAttribute("#who-handles-level", "data-level", "VILLAGE_PROXY");
        assertTrue(BROWSER.text("#who-handles-level").startsWith("村代办"), BROWSER.text("#who-handles-level"));
        assertTrue(BROWSER.text("#who-handles-level").contains("兴隆镇"), "handled by the township");
        assertEquals("DEVOLUTION_GRANT", BROWSER.attribute("#who-handles-basis", "data-basis"));
        assertTrue(BROWSER.text("#who-handles-basis").contains("G-2021-001"), "the deciding grant is named");
        BROWSER.scrollTo("#who-handles-form");
        BROWSER.screenshot("catalogue-who-handles");
    }

    @Test
    void aVersionPublishedOnThePageDiffersFromTheOneBeforeByTheImportedItem() {
        Api.Answer before = SUPERVISOR.post("/api/catalogue/versions",
                "{\"title\":\"浏览器测试前版本\",\"reason\":\"测试\",\"legalBasis\":\"测试依据\"}");
        assertEquals(201, before.status(), before::toString);
        int older = before.json().path("number").asInt();
        String code = "LD-UI-" + (System.nanoTime() % 100000);
        Api.Answer imported = SUPERVISOR.post("/api/catalogue/import" + CatalogueIT.importQuery(),
                CatalogueIT.oneItemCatalogue(code));
        assertEquals(200, imported.status(), imported::toString);

        openAsSupervisor("catalogue");
        BROWSER.type("#publish-title", "浏览器测试新版本");
        BROWSER.type("#publish-reason", "新增测试事项");
        BROWSER.type("#publish-legalBasis", "泸府办发〔2026〕1号");
        BROWSER.click("#publish-submit");
        int newer = older + 1;
        BROWSER.waitUntilText("#status", "已发布第 " + newer + " 版");
        JsonNode published = SUPERVISOR.get("/api/catalogue/versions/" + newer).json();
        assertEquals("浏览器测试新版本", published.path("title").asText(), published::toString);
        assertEquals("supervisor.liu", published.path("publishedBy").asText(), published::toString);

        BROWSER.waitFor("#catalogue-versions-table tr[data-version='" + newer + "']");
        BROWSER.scrollTo("#diff-form");
        BROWSER.choose("#diff-from", String.valueOf(older));
        BROWSER.choose("#diff-to", String.valueOf(newer));
        BROWSER.click("#diff-submit");
        String added = "#catalogue-diff-table tr[data-key='" + code + "'][data-kind='ADDED']";
        BROWSER.waitFor(added);
        assertTrue(BROWSER.text(added).contains("测试事项（集成测试）"), BROWSER.text(added));
        assertTrue(BROWSER.text("#catalogue-diff-table").contains("县政务服务中心（示例数据，仅供演示）"),
                "the added item's fields are listed");
        BROWSER.scrollTo("#catalogue-versions");
        BROWSER.screenshot("catalogue-diff");
    }

    private static void openAsSupervisor(String page) {
        BROWSER.signIn("supervisor.liu", "zh");
        BROWSER.open("/console/#/" + page);
    }

    private static String restStatus(String site, String rule) {
        for (JsonNode report : SUPERVISOR.get("/api/standards/pilot-sites").json().path("sites")) {
            for (JsonNode result : report.path("results")) {
                if (report.path("site").asText().equals(site) && result.path("rule").asText().equals(rule)) {
                    return result.path("status").asText();
                }
            }
        }
        return "no such site or rule";
    }
}
