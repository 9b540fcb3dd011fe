package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue over the REST API: the demo catalogue is there, an import adds an item and a
 * grant, who-handles answers for a pilot village, a published version and a diff, and bad input
 * is a 400 naming what is wrong.
 */
class CatalogueIT {
    private static final Api SUPERVISOR = Api.as("supervisor.liu");
    private static final Api AGENT = Api.as("agent.yang");

    @Test
    void whoHandlesAVillageProxyItemOfTheDemoCatalogue() {
        Api.Answer answer = AGENT.get("/api/catalogue/who-handles?item=LD-MZ-001&place=513322102201&date=2026-03-02");
        assertEquals(200, answer.status(), answer::toString);
        JsonNode handling = answer.json();
        assertEquals("VILLAGE_PROXY", handling.path("level").asText(), handling::toString);
        assertEquals("513322102", handling.path("handlingPlace").path("code").asText(), handling::toString);
        assertEquals("G-2021-001", handling.path("grant").path("id").asText(), handling::toString);
    }

    @Test
    void theNationalElementsAndThePowerSourceAreServed() {
        JsonNode item = AGENT.get("/api/catalogue/items/LD-GA-002?date=2026-03-02").json();
        JsonNode elements = item.path("elements");
        assertEquals("QR00028000", elements.path("codes").path("basic").asText(), item::toString);
        assertTrue(elements.path("codes").path("implementation").asText().startsWith("QR00028000513322000000"),
                item::toString);
        assertEquals(3, elements.path("codes").path("handlingItems").size(), item::toString);
        assertEquals(1, elements.path("handling").path("counterVisits").asInt(), item::toString);
        assertEquals("WORKING_DAYS", elements.path("handling").path("statutory").path("unit").asText(), item::toString);
        assertEquals("STATUTORY", elements.path("exercise").path("source").asText(), item::toString);

        JsonNode entrusted = AGENT.get("/api/catalogue/who-handles?item=LD-NY-005&place=513322102201&date=2026-03-02")
                .json();
        assertEquals("ENTRUSTED", entrusted.path("powerSource").asText(), entrusted::toString);
        assertEquals("DEVOLUTION_GRANT", entrusted.path("basis").asText(), entrusted::toString);
        assertTrue(AGENT.get("/api/catalogue/versions/1/listing").text().contains("实施编码"),
                "the listing shows the national codes");
    }

    /** 新生儿出生“一件事”: the applicant's answers choose the member items, and a missing answer is named. */
    @Test
    void aBundlesGuideFollowsTheApplicantsAnswers() {
        String path = "/api/catalogue/bundles/YJS-CS/guide";
        JsonNode least = AGENT.post(path, """
                {"date":"2026-03-02","answers":{"新生儿是否在本县落户":"否","是否同时申领社会保障卡":"否"}}""").json();
        assertEquals(List.of("LD-WJ-003"), codes(least.path("items")), least::toString);
        JsonNode all = AGENT.post(path, """
                {"date":"2026-03-02","answers":{"新生儿是否在本县落户":"是","是否同时申领社会保障卡":"是"}}""").json();
        assertEquals(List.of("LD-WJ-003", "LD-GA-001", "LD-YB-001", "LD-SB-003"), codes(all.path("items")), all::toString);
        JsonNode form = all.path("bundle").path("details").path("applicationForm");
        assertEquals("新生儿出生“一件事”联办申请表（示例）", form.path("name").asText(), all::toString);
        assertEquals("新生儿姓名", form.path("fields").path(0).asText(), form::toString);
        String csv = AGENT.get("/api/catalogue/export-bundles.csv?date=2026-03-02").text();
        assertTrue(csv.contains("新生儿是否在本县落户|是=LD-GA-001、LD-YB-001|否=;"), csv);
        assertTrue(csv.contains(",新生儿出生“一件事”联办申请表（示例）,,新生儿姓名;性别;"), csv);
        Api.Answer again = SUPERVISOR.postBytes("/api/catalogue/import-bundles.csv?reason=r&basis=b", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.json().path("bundlesSaved").asInt(), "equal bundles are skipped: " + again);

        Api.Answer missing = AGENT.post(path, """
                {"answers":{"新生儿是否在本县落户":"是"}}""");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals("INVALID_ARGUMENT", missing.code());
        assertTrue(missing.json().path("message").asText().contains("是否同时申领社会保障卡"), missing::toString);
        Api.Answer unknown = AGENT.post("/api/catalogue/bundles/YJS-NONE/guide", "{\"answers\":{}}");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("BUNDLE_NOT_FOUND", unknown.code());
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }

    @Test
    void importAddsAnItemThatWhoHandlesThenFinds() {
        String code = "LD-IT-" + (System.nanoTime() % 100000);
        String document = oneItemCatalogue(code);
        String query = importQuery();
        Api.Answer imported = SUPERVISOR.post("/api/catalogue/import" + query, document);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(1, imported.json().path("itemsAdded").asInt(), imported::toString);

        Api.Answer again = SUPERVISOR.post("/api/catalogue/import" + query, document);
        assertEquals(0, again.json().path("itemsAdded").asInt(), "importing the same document again changes nothing");

        JsonNode item = AGENT.get("/api/catalogue/items/" + code + "?date=2026-03-02").json();
        assertEquals("测试事项（集成测试）", item.path("name").asText(), item::toString);
        JsonNode handling = AGENT.get("/api/catalogue/who-handles?item=" + code + "&place=513322&date=2026-03-02").json();
        assertEquals("COUNTY", handling.path("level").asText(), handling::toString);

        assertEquals(404, AGENT.get("/api/catalogue/items/" + code + "?date=2026-02-01").status(),
                "not in force before its effective date");
        assertTrue(SUPERVISOR.get("/api/catalogue/export?date=2026-03-02").text().contains(code));
    }

    /** The demo publishes its catalogue at start: the public listing answers from the first request. */
    @Test
    void theDemoCatalogueIsPublishedAsVersionOneAtStart() {
        JsonNode versions = AGENT.get("/api/catalogue/versions").json();
        JsonNode first = versions.get(0);
        assertEquals(1, first.path("number").asInt(), versions::toString);
        assertEquals("泸定县便民服务事项目录（演示）第1版", first.path("title").asText());
        Api.Answer listing = AGENT.get("/api/catalogue/versions/1/listing");
        assertEquals(200, listing.status(), listing::toString);
        assertTrue(listing.text().contains("LD-MZ-001"), "the demo catalogue's items are listed");
    }

    @Test
    void publishedVersionsAndTheirDiff() {
        Api.Answer first = SUPERVISOR.post("/api/catalogue/versions",
                "{\"title\":\"集成测试版本A\",\"reason\":\"测试\",\"legalBasis\":\"测试依据\"}");
        assertEquals(201, first.status(), first::toString);
        Api.Answer second = SUPERVISOR.post("/api/catalogue/versions",
                "{\"title\":\"集成测试版本B\",\"reason\":\"测试\",\"legalBasis\":\"测试依据\"}");
        int a = first.json().path("number").asInt();
        int b = second.json().path("number").asInt();
        assertEquals(a + 1, b);
        Api.Answer diff = AGENT.get("/api/catalogue/diff?from=" + a + "&to=" + b);
        assertEquals(200, diff.status(), diff::toString);
        assertEquals(a, diff.json().path("from").asInt());
        Api.Answer listing = AGENT.get("/api/catalogue/versions/" + a + "/listing");
        assertTrue(listing.contentType().startsWith("text/html"), listing::toString);
    }

    @Test
    void bundlesOfTheDemoCatalogueHaveGuides() {
        JsonNode bundles = AGENT.get("/api/catalogue/bundles?date=2026-03-02").json();
        assertTrue(bundles.size() >= 1, bundles::toString);
        String code = bundles.get(0).path("code").asText();
        Api.Answer guide = AGENT.get("/api/catalogue/bundles/" + code + "?date=2026-03-02");
        assertEquals(200, guide.status(), guide::toString);
        assertTrue(guide.text().contains(code), guide::toString);
    }

    @Test
    void onlySupervisorsChangeTheCatalogue() {
        Api.Answer answer = AGENT.post("/api/catalogue/import?reason=x&basis=y", "{}");
        assertEquals(403, answer.status(), answer::toString);
    }

    @Test
    void badInputIs400() {
        assertEquals("IMPORT_INVALID", SUPERVISOR.post("/api/catalogue/import?reason=x&basis=y",
                "{\"format\":\"bianmin-catalogue\",\"items\":[ }").code());
        assertEquals(400, SUPERVISOR.post("/api/catalogue/import?reason=x", "{}").status(), "no legal basis");
        assertEquals(400, AGENT.get("/api/catalogue/who-handles?item=LD-MZ-001&place=abc").status());
        assertEquals(400, AGENT.get("/api/catalogue/who-handles?place=513322").status());
        assertEquals(400, AGENT.get("/api/catalogue/items?date=31.12.2026").status());
        assertEquals(400, AGENT.get("/api/catalogue/diff?from=one&to=2").status());
        assertEquals(404, AGENT.get("/api/catalogue/who-handles?item=NO-SUCH-ITEM&place=513322").status());
    }

    /** A catalogue document (the export format) with one county item {@code code}, 测试事项（集成测试）. */
    static String oneItemCatalogue(String code) {
        return """
                {"format":"bianmin-catalogue","formatVersion":1,"asOf":"2026-03-01","places":[],"batches":[],
                 "items":[{"code":"%s","name":"测试事项（集成测试）","tibetanName":null,"type":"PUBLIC_SERVICE",
                   "levels":["COUNTY"],"department":"县政务服务中心（示例数据，仅供演示）","legalBasis":"测试依据",
                   "conditions":"无","materials":[{"name":"居民身份证","form":"ORIGINAL","copies":1,"required":true,
                   "condition":null,"sampleForm":null}],"statutoryDays":10,"promisedDays":5,
                   "fee":{"amount":"0","basis":null},"highFrequency":false,"oneTimeNotice":"一次性告知",
                   "consultation":"0836-0000000","complaint":"12345"}],
                 "grants":[],"bundles":[]}""".formatted(code);
    }

    /** The import's change note: reason, legal basis, effective 2026-03-01. */
    static String importQuery() {
        return "?reason=" + enc("集成测试导入") + "&basis=" + enc("泸府办发〔2026〕1号") + "&effective=2026-03-01";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
