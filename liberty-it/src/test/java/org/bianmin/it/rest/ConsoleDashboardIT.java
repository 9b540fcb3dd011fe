package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The supervisor's dashboard in a real browser: every number it shows (unanswered and overdue cases,
 * the five K-indicators of each month, the cases per point) equals what the REST reports answer the
 * same user for the same period and scope; the charts are drawn (ECharts, served by the application)
 * without a Content-Security-Policy violation; the 兴隆镇 supervisor sees only their township.
 */
class ConsoleDashboardIT {
    private static final String XINGLONG = "513322102";
    private static final String[] INDICATORS = {"oneTrip", "K-ONETRIP", "answered", "K-ANSWERED", "onTime", "K-ONTIME",
        "rating", "K-RATING", "special", "K-SPECIAL"};

    @RegisterExtension
    static final Browser BROWSER = Browser.office();

    /** Cases at both pilot villages: one answered, one forwarded, one just received. */
    @BeforeAll
    static void casesAtBothVillages() {
        Api heping = Api.as("agent.yang");
        String answered = receive(heping, "heping", "513322197203040029");
        for (String[] move : new String[][] {{"check", "{\"presented\":[\"居民身份证\",\"居民户口簿\",\"家庭收入及财产状况声明\","
            + "\"本人银行账户（社保卡）\"]}"}, {"forward", null}, {"start", null}, {"complete", "{\"result\":\"准予\"}"},
            {"answer", "{\"method\":\"PHONE\"}"}}) {
            String path = "/api/proxy/cases/" + answered + "/" + move[0];
            Api.Answer moved = move[1] == null ? heping.post(path) : heping.post(path, move[1]);
            assertEquals(200, moved.status(), moved::toString);
        }
        receive(heping, "heping", "513322197203040029");
        receive(Api.as("agent.luo"), "chuni", "513322197203040029");
    }

    @Test
    void theCountyDashboardShowsTheReportsNumbers() {
        BROWSER.watchPolicyViolations();
        BROWSER.signIn("supervisor.liu", "zh");
        BROWSER.open("/console/#/dashboard");
        BROWSER.waitFor("#dash-body[data-ready='true']");
        Api county = Api.as("supervisor.liu");
        assertSameNumbers(county, "");
        assertEquals(pointsOf(county, ""), rows("#dash-points tbody tr", "data-point"));
        assertTrue(rows("#dash-points tbody tr", "data-point").containsAll(List.of("heping", "chuni")));
        assertTrue(BROWSER.all("#dash-scope option").size() > 2, "the county and its townships to choose from");

        long drawnPixels = (Long) BROWSER.evaluate("const canvas = document.querySelector('#dash-points-figure canvas');"
                + " const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
                + " let drawn = 0; for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++; return drawn;");
        assertTrue(drawnPixels > 1000, "the chart is drawn: " + drawnPixels + " pixels");
        assertEquals(6, BROWSER.all("#dash-body canvas").size(), "five indicator charts and the points chart");
        assertEquals(List.of(), BROWSER.policyViolations());
        BROWSER.scrollTo("#dash-k-title");
        BROWSER.screenshot("dashboard");

        BROWSER.choose("#dash-scope", "township=" + XINGLONG);
        BROWSER.click("#dash-filters button[type=submit]");
        BROWSER.waitFor("#dash-body[data-ready='true']");
        assertSameNumbers(county, "township=" + XINGLONG);
    }

    @Test
    void aTownshipSupervisorSeesOnlyTheirTownship() {
        BROWSER.signIn("supervisor.xinglong", "zh");
        BROWSER.open("/console/#/dashboard");
        BROWSER.waitFor("#dash-body[data-ready='true']");
        assertEquals(List.of(XINGLONG), rows("#dash-scope option", "data-scope"));
        List<String> points = rows("#dash-points tbody tr", "data-point");
        assertEquals(pointsOf(Api.as("supervisor.xinglong"), "township=" + XINGLONG), points);
        assertTrue(points.contains("heping") && !points.contains("chuni"), points::toString);
        assertSameNumbers(Api.as("supervisor.xinglong"), "township=" + XINGLONG);
        assertEquals(403, Api.as("supervisor.xinglong").get("/api/proxy/reports/unanswered?township=513322101").status());
    }

    /** The page's numbers against the REST reports of the same user, scope and months. */
    private static void assertSameNumbers(Api user, String scope) {
        JsonNode unanswered = user.get("/api/proxy/reports/unanswered?" + scope).json();
        long overdue = 0;
        for (JsonNode c : unanswered.path("cases")) {
            overdue += c.path("overdue").asBoolean() ? 1 : 0;
        }
        assertEquals(String.valueOf(unanswered.path("cases").size()), BROWSER.text("#dash-unanswered"), scope);
        assertEquals(String.valueOf(overdue), BROWSER.text("#dash-overdue"), scope);

        LocalDate today = LocalDate.parse(user.get("/api/proxy/reports/indicators?" + scope).json()
                .path("period").path("to").asText());
        for (YearMonth month = YearMonth.of(today.getYear(), 1); !month.atDay(1).isAfter(today); month = month.plusMonths(1)) {
            LocalDate to = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
            JsonNode report = user.get("/api/proxy/reports/indicators?" + scope + "&from=" + month.atDay(1) + "&to=" + to)
                    .json();
            for (int i = 0; i < INDICATORS.length; i += 2) {
                String row = "#dash-" + INDICATORS[i + 1] + " tr[data-month='" + month + "'] ";
                JsonNode ratio = report.path(INDICATORS[i]);
                assertEquals(ratio.path("count").asText(), BROWSER.text(row + "[data-figure='count']"), row + report);
                assertEquals(ratio.path("of").asText(), BROWSER.text(row + "[data-figure='of']"), row + report);
            }
        }
        for (String point : rows("#dash-points tbody tr", "data-point")) {
            long waiting = 0;
            for (JsonNode c : unanswered.path("cases")) {
                waiting += c.path("pointId").asText().equals(point) ? 1 : 0;
            }
            assertEquals(String.valueOf(waiting),
                    BROWSER.text("#dash-points tr[data-point='" + point + "'] [data-figure='unanswered']"), point);
            JsonNode received = user.get("/api/proxy/cases?point=" + point + "&from=" + today.withDayOfYear(1) + "&to="
                    + today + "&limit=500").json();
            assertEquals(String.valueOf(received.size()),
                    BROWSER.text("#dash-points tr[data-point='" + point + "'] [data-figure='received']"), point);
        }
    }

    private static List<String> pointsOf(Api user, String scope) {
        List<String> ids = new java.util.ArrayList<>();
        user.get("/api/proxy/points?" + scope).json().forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    private static List<String> rows(String css, String attribute) {
        return BROWSER.all(css).stream().map(row -> row.getDomAttribute(attribute)).toList();
    }

    private static String receive(Api agent, String point, String idNumber) {
        Api.Answer answer = agent.post("/api/proxy/cases", """
                {"pointId":"%s","itemCode":"LD-MZ-001","channel":"WALK_IN",
                 "applicant":{"name":"赵某","idNumber":"%s"}}""".formatted(point, idNumber));
        assertEquals(201, answer.status(), answer::toString);
        return answer.json().path("id").asText();
    }
}
