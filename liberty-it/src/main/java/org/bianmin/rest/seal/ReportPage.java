package org.bianmin.rest.seal;

import java.util.List;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.VerificationReport;

/**
 * A verification report as a printable HTML page (验证报告) for people who read reports in a
 * browser: the overall indication, then per signature its seal, signer, time and every check.
 */
final class ReportPage {
    private ReportPage() {
    }

    static String html(VerificationReport report) {
        StringBuilder page = new StringBuilder(4096);
        page.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>电子签章验证报告 Verification report</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;")
                .append("padding:.3em .6em;text-align:left}.TOTAL_PASSED,.PASSED{color:#060}.TOTAL_FAILED,.FAILED{color:#b00}")
                .append(".INDETERMINATE{color:#a60}</style></head><body>")
                .append("<h1>电子签章验证报告 Verification report</h1>")
                .append("<p>来源 Source: ").append(escape(report.source())).append("<br>验证时间 Validation time: ")
                .append(report.validationTime()).append("<br>结论 Overall: <strong class=\"").append(report.overall())
                .append("\">").append(report.overall()).append("</strong></p>");
        List<SignatureReport> signatures = report.signatures();
        for (SignatureReport signature : signatures) {
            page.append("<h2>").append(escape(signature.signatureId())).append(" — <span class=\"")
                    .append(signature.indication()).append("\">").append(signature.indication());
            if (signature.subIndication() != null) {
                page.append(" / ").append(signature.subIndication());
            }
            page.append("</span></h2><table>")
                    .append(row("格式 Format", signature.format()))
                    .append(row("印章 Seal", signature.sealName()))
                    .append(row("印章编码 esID", signature.esId()))
                    .append(row("签章人 Signer", signature.signer()))
                    .append(row("签章时间 Signing time", String.valueOf(signature.signingTime())))
                    .append("</table><table><tr><th>检查 Check</th><th>结果 Result</th><th>说明 Detail</th></tr>");
            for (CheckOutcome check : signature.checks()) {
                page.append("<tr><td>").append(check.id()).append("</td><td class=\"").append(check.result()).append("\">")
                        .append(check.result());
                if (check.subIndication() != null) {
                    page.append(" / ").append(check.subIndication());
                }
                page.append("</td><td>").append(escape(check.detail())).append("</td></tr>");
            }
            page.append("</table>");
        }
        if (signatures.isEmpty()) {
            page.append("<p>未发现签章 No signature was found.</p>");
        }
        return page.append("</body></html>").toString();
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td>" + escape(value == null ? "—" : value) + "</td></tr>";
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
