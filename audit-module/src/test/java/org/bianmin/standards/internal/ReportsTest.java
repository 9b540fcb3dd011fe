package org.bianmin.standards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.bianmin.core.Format;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.CountyRollUp;
import org.bianmin.standards.RollUp;
import org.bianmin.standards.RuleTally;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.internal.json.SiteDescriptionJson;
import org.bianmin.standards.internal.report.StandardsReports;
import org.junit.jupiter.api.Test;

/** Roll-ups per township and county, the JSON and the printable HTML. */
class ReportsTest {
    private static final ReportingPeriod YEAR = ReportingPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

    private final SiteChecker checker = new SiteChecker(Thresholds.plan(), null);

    private final StandardsReports reports = new StandardsReports(checker, "泸定县");

    private List<SiteReport> pilots() {
        return List.of("xinglong-centre", "heping-room", "lengqi-centre", "chuni-room").stream()
                .map(name -> checker.check(SiteDescriptionJson.read(Sites.pilot(name)), YEAR)).toList();
    }

    @Test
    void rollsUpPerTownshipAndCounty() {
        CountyRollUp rollUp = checker.rollUp(pilots());

        assertEquals(4, rollUp.county().sites().size());
        assertEquals(4 + 2, rollUp.county().summary().pass(), "the area rules, and C-NAME of the two centres");
        assertEquals(2, rollUp.county().summary().advisory());
        assertEquals(2 * 23 + 2 * 10, rollUp.county().summary().notAssessed());
        assertEquals(List.of("兴隆镇", "冷碛镇"), rollUp.townships().stream().map(RollUp::area).toList());
        RollUp xinglong = rollUp.townships().get(0);
        assertEquals(List.of("泸定县兴隆镇便民服务中心", "泸定县兴隆镇和平村便民服务室"), xinglong.sites());
        RuleTally area = xinglong.rules().stream().filter(tally -> tally.rule().equals("C-AREA")).findFirst()
                .orElseThrow();
        assertEquals(1, area.summary().pass());
        assertEquals(37, xinglong.rules().size());
    }

    @Test
    void rollUpJsonNamesCountyAndTownships() {
        String json = reports.render(pilots(), Format.JSON, null);
        assertTrue(json.contains(",\"rollUp\":{\"county\":{\"area\":\"county\",\"sites\":["), json);
        assertTrue(json.contains("{\"area\":\"兴隆镇\""), json);
        assertTrue(json.contains("{\"rule\":\"V-AREA\",\"pass\":2,\"fail\":0,\"notAssessed\":0,\"advisory\":0}"), json);
    }

    @Test
    void siteJsonIsExactlyTheDocumentedShape() {
        String json = reports.render(checker.check(SiteDescriptionJson.read(Sites.pilot("heping-room")), YEAR),
                Format.JSON, null);
        assertTrue(json.startsWith("{\"site\":\"泸定县兴隆镇和平村便民服务室\",\"kind\":\"VILLAGE_ROOM\",\"results\":"
                + "[{\"rule\":\"V-AREA\",\"status\":\"PASS\",\"detail\":\"任务11 一: 面积不低于15平米 — measured 17 m²"), json);
        assertTrue(json.endsWith("\"summary\":{\"pass\":1,\"fail\":0,\"notAssessed\":10,\"advisory\":0}}"), json);
    }

    @Test
    void htmlIsPrintableAndEscaped() {
        String hostile = Sites.edit(Sites.pilot("heping-room"), site -> site.put("name", "<script>x</script>村"));
        List<SiteReport> reports = List.of(checker.check(SiteDescriptionJson.read(hostile), YEAR),
                checker.check(SiteDescriptionJson.read(Sites.completeCentre()), YEAR));
        String html = this.reports.render(reports, Format.HTML, null);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;村"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("<td class=\"FAIL\">FAIL</td>") || html.contains("<td class=\"PASS\">PASS</td>"));
        assertTrue(html.contains("泸定县镇村便民服务标准化检查报告"));
    }

    @Test
    void htmlLabelsComeInEnglishWhenAskedFor() {
        String html = reports.render(checker.check(SiteDescriptionJson.read(Sites.pilot("heping-room")), YEAR),
                Format.HTML, Locale.ENGLISH);
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<h1>泸定县: convenience-service standards of townships and villages</h1>"), html);
        assertTrue(html.contains("<h2>Roll-up</h2>"), html);
        assertFalse(html.contains("检查报告"), html);
    }

    @Test
    void bothLabelBundlesHaveTheSameKeys() throws IOException {
        assertEquals(keys("labels_zh.properties"), keys("labels_en.properties"));
    }

    private static Set<Object> keys(String name) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = StandardsReports.class.getResourceAsStream(name)) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return labels.keySet();
    }
}
