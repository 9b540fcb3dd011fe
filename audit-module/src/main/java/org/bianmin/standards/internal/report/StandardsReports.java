package org.bianmin.standards.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.Format;
import org.bianmin.internal.text.Labels;
import org.bianmin.internal.text.Markup;
import org.bianmin.standards.CountyRollUp;
import org.bianmin.standards.RollUp;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.RuleTally;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.StandardsChecker;
import org.bianmin.standards.StandardsReportRenderer;
import org.bianmin.standards.Summary;

/**
 * Writes standards reports as JSON (the documented shape
 * {@code {"site","kind","results":[{"rule","status","detail"}],"summary":{"pass","fail","notAssessed","advisory"}}})
 * and as a printable HTML page headed with the county's name, its labels in Chinese or English from
 * {@code labels_zh.properties} and {@code labels_en.properties} beside this class.
 */
public final class StandardsReports implements StandardsReportRenderer {
    private static final String LABELS = "org.bianmin.standards.internal.report.labels";
    private static final String STYLE = "body{font-family:'Noto Serif CJK SC','AR PL UMing CN',serif;margin:2em}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
            + "th,td{border:1px solid #444;padding:4px 6px;text-align:left;vertical-align:top}"
            + ".PASS{color:#060}.FAIL{color:#b00;font-weight:bold}.NOT_ASSESSED{color:#666}"
            + ".ADVISORY{color:#a60}section{page-break-inside:avoid}"
            + "@media print{section{page-break-before:always}}";

    private final ObjectMapper mapper = new ObjectMapper();
    private final StandardsChecker checker;
    private final String county;

    /**
     * @param checker the checker whose rules order the roll-ups
     * @param county  the county that heads the HTML page, e.g. 泸定县
     */
    public StandardsReports(StandardsChecker checker, String county) {
        this.checker = Checks.required(checker, "checker");
        this.county = Checks.text(county, "county");
    }

    @Override
    public String render(SiteReport report, Format format, Locale locale) {
        Checks.required(report, "report");
        return switch (Checks.required(format, "format")) {
            case JSON -> write(site(report));
            case HTML -> html(List.of(report), locale);
        };
    }

    @Override
    public String render(List<SiteReport> reports, Format format, Locale locale) {
        Checks.list(reports, "reports");
        return switch (Checks.required(format, "format")) {
            case JSON -> write(sitesAndRollUp(reports));
            case HTML -> html(reports, locale);
        };
    }

    private ObjectNode sitesAndRollUp(List<SiteReport> reports) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode sites = root.putArray("sites");
        reports.forEach(report -> sites.add(site(report)));
        root.set("rollUp", countyRollUp(checker.rollUp(reports)));
        return root;
    }

    private ObjectNode countyRollUp(CountyRollUp rollUp) {
        ObjectNode root = mapper.createObjectNode();
        root.set("county", rollUp(rollUp.county()));
        ArrayNode townships = root.putArray("townships");
        rollUp.townships().forEach(township -> townships.add(rollUp(township)));
        return root;
    }

    private ObjectNode site(SiteReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("site", report.site());
        root.put("kind", report.kind().name());
        ArrayNode results = root.putArray("results");
        for (RuleResult result : report.results()) {
            results.addObject().put("rule", result.rule()).put("status", result.status().name())
                    .put("detail", result.detail());
        }
        root.set("summary", summary(report.summary()));
        return root;
    }

    private ObjectNode rollUp(RollUp rollUp) {
        ObjectNode node = mapper.createObjectNode();
        node.put("area", rollUp.area());
        ArrayNode sites = node.putArray("sites");
        rollUp.sites().forEach(sites::add);
        node.set("summary", summary(rollUp.summary()));
        ArrayNode rules = node.putArray("rules");
        for (RuleTally tally : rollUp.rules()) {
            ObjectNode rule = rules.addObject().put("rule", tally.rule());
            rule.setAll(summary(tally.summary()));
        }
        return node;
    }

    private ObjectNode summary(Summary summary) {
        return mapper.createObjectNode().put("pass", summary.pass()).put("fail", summary.fail())
                .put("notAssessed", summary.notAssessed()).put("advisory", summary.advisory());
    }

    private String write(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "cannot write the report: " + e.getMessage(), e);
        }
    }

    private String html(List<SiteReport> reports, Locale locale) {
        Labels labels = Labels.of(LABELS, StandardsReports.class, locale);
        CountyRollUp rollUp = checker.rollUp(reports);
        String title = labels.format("title", county);
        Markup html = Markup.page(labels.languageTag(), title, STYLE);
        html.element("h1", title).newline();
        html.element("h2", labels.text("rollUp")).newline().open("table").open("tr")
                .element("th", labels.text("column.area")).element("th", labels.text("column.sites"))
                .element("th", "PASS").element("th", "FAIL").element("th", "NOT_ASSESSED").element("th", "ADVISORY")
                .close("tr").newline();
        row(html, rollUp.county());
        rollUp.townships().forEach(township -> row(html, township));
        html.close("table").newline();
        for (SiteReport report : reports) {
            Summary summary = report.summary();
            html.open("section").element("h2", report.site()).element("p", labels.format("site.summary",
                    report.kind().name(), report.divisionCode().value(), report.township(),
                    Integer.toString(summary.pass()), Integer.toString(summary.fail()),
                    Integer.toString(summary.notAssessed()), Integer.toString(summary.advisory()))).newline();
            html.open("table").open("tr").element("th", labels.text("column.rule"))
                    .element("th", labels.text("column.status")).element("th", labels.text("column.detail"))
                    .close("tr").newline();
            for (RuleResult result : report.results()) {
                html.open("tr").element("td", result.rule()).classed("td", result.status().name(),
                        result.status().name()).element("td", result.detail()).close("tr").newline();
            }
            html.close("table").close("section").newline();
        }
        return html.endPage();
    }

    private static void row(Markup html, RollUp rollUp) {
        Summary summary = rollUp.summary();
        html.open("tr").element("td", rollUp.area()).element("td", Integer.toString(rollUp.sites().size()))
                .element("td", Integer.toString(summary.pass())).element("td", Integer.toString(summary.fail()))
                .element("td", Integer.toString(summary.notAssessed()))
                .element("td", Integer.toString(summary.advisory())).close("tr").newline();
    }
}
