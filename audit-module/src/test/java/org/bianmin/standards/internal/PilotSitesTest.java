package org.bianmin.standards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.bianmin.core.Format;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.RuleStatus;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.internal.json.SiteDescriptionJson;
import org.bianmin.standards.internal.report.StandardsReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The annex-2 pilot sites pass the area rules, and the centres C-NAME on their registered names; everything
 * the annex does not give is NOT_ASSESSED.
 */
class PilotSitesTest {
    private static final ReportingPeriod YEAR_2021 = ReportingPeriod.of(LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 12, 31));

    private final SiteChecker checker = new SiteChecker(Thresholds.plan(), null);

    private final StandardsReports reports = new StandardsReports(checker, "泸定县");

    @ParameterizedTest
    @CsvSource({
        "xinglong-centre, 泸定县兴隆镇便民服务中心, TOWNSHIP_CENTRE, C-AREA, 130, 兴隆镇",
        "lengqi-centre, 泸定县冷碛镇便民服务中心, TOWNSHIP_CENTRE, C-AREA, 90, 冷碛镇",
        "heping-room, 泸定县兴隆镇和平村便民服务室, VILLAGE_ROOM, V-AREA, 17, 兴隆镇",
        "chuni-room, 泸定县冷碛镇杵坭村便民服务室, VILLAGE_ROOM, V-AREA, 20, 冷碛镇"})
    void passesTheAreaAndNameRulesAndAssessesNothingElse(String file, String name, SiteKind kind, String areaRule,
            String area, String township) {
        SiteReport report = checker.check(SiteDescriptionJson.read(Sites.pilot(file)), YEAR_2021);

        assertEquals(name, report.site());
        assertEquals(kind, report.kind());
        assertEquals(township, report.township());
        assertEquals(kind.isCentre() ? 26 : 11, report.results().size());
        RuleResult areaResult = report.result(areaRule).orElseThrow();
        assertEquals(RuleStatus.PASS, areaResult.status());
        assertTrue(areaResult.detail().contains("measured " + area + " m²"), areaResult.detail());
        for (RuleResult result : report.results()) {
            RuleStatus expected = result.rule().equals(areaRule) || result.rule().equals("C-NAME") ? RuleStatus.PASS
                    : result.rule().equals("C-SPECIAL") ? RuleStatus.ADVISORY : RuleStatus.NOT_ASSESSED;
            assertEquals(expected, result.status(), result.rule() + ": " + result.detail());
        }
        assertEquals(kind.isCentre() ? 2 : 1, report.summary().pass());
        assertEquals(0, report.summary().fail());
    }

    @ParameterizedTest
    @CsvSource({"xinglong-centre", "lengqi-centre", "heping-room", "chuni-room"})
    void theJsonReportHasExactlyTheIssuesShape(String file) throws Exception {
        String json = reports.render(checker.check(SiteDescriptionJson.read(Sites.pilot(file)), YEAR_2021),
                Format.JSON, null);

        @SuppressWarnings("unchecked")
        Map<String, Object> root = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        assertEquals(java.util.Set.of("site", "kind", "results", "summary"), root.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((java.util.List<?>) root.get("results")).get(0);
        assertEquals(java.util.Set.of("rule", "status", "detail"), first.keySet());
        assertEquals(java.util.Set.of("pass", "fail", "notAssessed", "advisory"),
                ((Map<?, ?>) root.get("summary")).keySet());
    }
}
