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
 * and as a printable HTML page headed with the county's name.
 */
public final class StandardsReports implements StandardsReportRenderer {
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
            case HTML -> html(List.of(report));
        };
    }

    @Override
    public String render(List<SiteReport> reports, Format format, Locale locale) {
        Checks.list(reports, "reports");
        return switch (Checks.required(format, "format")) {
            case JSON -> write(sitesAndRollUp(reports));
            case HTML -> html(reports);
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

    private String html(List<SiteReport> reports) {
        CountyRollUp rollUp = checker.rollUp(reports);
        StringBuilder html = new StringBuilder(4096 + reports.size() * 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(escape(county)).append("镇村便民服务标准化检查报告</title><style>")
                .append("body{font-family:'Noto Serif CJK SC','AR PL UMing CN',serif;margin:2em}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em}")
                .append("th,td{border:1px solid #444;padding:4px 6px;text-align:left;vertical-align:top}")
                .append(".PASS{color:#060}.FAIL{color:#b00;font-weight:bold}.NOT_ASSESSED{color:#666}")
                .append(".ADVISORY{color:#a60}section{page-break-inside:avoid}")
                .append("@media print{section{page-break-before:always}}</style></head><body>\n");
        html.append("<h1>").append(escape(county)).append("镇村便民服务标准化检查报告</h1>\n");
        html.append("<h2>汇总 Roll-up</h2>\n<table><tr><th>area</th><th>sites</th><th>PASS</th><th>FAIL</th>")
                .append("<th>NOT_ASSESSED</th><th>ADVISORY</th></tr>\n");
        row(html, rollUp.county());
        rollUp.townships().forEach(township -> row(html, township));
        html.append("</table>\n");
        for (SiteReport report : reports) {
            Summary summary = report.summary();
            html.append("<section><h2>").append(escape(report.site())).append("</h2><p>")
                    .append(report.kind()).append(" · ").append(escape(report.divisionCode().value())).append(" · ")
                    .append(escape(report.township())).append(" · PASS ").append(summary.pass()).append(", FAIL ")
                    .append(summary.fail()).append(", NOT_ASSESSED ").append(summary.notAssessed())
                    .append(", ADVISORY ").append(summary.advisory()).append("</p>\n")
                    .append("<table><tr><th>rule</th><th>status</th><th>detail</th></tr>\n");
            for (RuleResult result : report.results()) {
                html.append("<tr><td>").append(result.rule()).append("</td><td class=\"").append(result.status())
                        .append("\">").append(result.status()).append("</td><td>").append(escape(result.detail()))
                        .append("</td></tr>\n");
            }
            html.append("</table></section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void row(StringBuilder html, RollUp rollUp) {
        Summary summary = rollUp.summary();
        html.append("<tr><td>").append(escape(rollUp.area())).append("</td><td>").append(rollUp.sites().size())
                .append("</td><td>").append(summary.pass()).append("</td><td>").append(summary.fail())
                .append("</td><td>").append(summary.notAssessed()).append("</td><td>").append(summary.advisory())
                .append("</td></tr>\n");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
