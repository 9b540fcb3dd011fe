package org.bianmin.seal.internal.report;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bianmin.seal.CertificateDetails;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.CheckSeverity;
import org.bianmin.seal.SealDetails;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.ofd.OfdFormatException;
import org.bianmin.seal.internal.picture.Markup;
import org.bianmin.seal.internal.picture.OfdSealPicture;
import org.bianmin.seal.internal.verify.Messages;

/**
 * The report for people (验证报告): a self-contained HTML page showing, per signature, the verdict,
 * the seal picture (PNG, JPEG and GIF as images, OFD pictures drawn as SVG by {@link OfdSealPicture})
 * and details, the seal maker's and the signer's certificates, and every check
 * with its detail. Texts come from the message bundles; {@link #bilingual} puts the Chinese and the
 * English report on one page.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
            .TOTAL_PASSED,.PASSED{color:#16703a;font-weight:bold}.TOTAL_FAILED,.FAILED{color:#b00020;font-weight:bold}
            .INDETERMINATE{color:#a35c00;font-weight:bold}.NOT_APPLICABLE{color:#777}
            .seal{display:flex;gap:2em;align-items:flex-start}nav a{margin-right:1em}
            """;

    private HtmlReport() {
    }

    /** One page with the Chinese report followed by the English one. */
    public static String bilingual(List<VerificationReport> reports) {
        StringBuilder html = new StringBuilder(8192);
        head(html, Messages.text(Messages.ZH, "report.title") + " / " + Messages.text(Messages.EN, "report.title"));
        html.append("<nav><a href=\"#zh\">中文</a><a href=\"#en\">English</a></nav>\n");
        section(html, reports, Messages.ZH, "zh");
        section(html, reports, Messages.EN, "en");
        html.append("</body></html>\n");
        return html.toString();
    }

    /** One page in one language. */
    public static String render(List<VerificationReport> reports, Locale locale) {
        StringBuilder html = new StringBuilder(8192);
        head(html, Messages.text(locale, "report.title"));
        section(html, reports, locale, locale.getLanguage());
        html.append("</body></html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
    }

    private static void section(StringBuilder html, List<VerificationReport> reports, Locale locale, String id) {
        html.append("<section id=\"").append(id).append("\" lang=\"").append(id).append("\">\n<h1>")
                .append(esc(Messages.text(locale, "report.title"))).append("</h1>\n");
        for (VerificationReport report : reports) {
            html.append("<h2>").append(esc(Messages.text(locale, "report.file"))).append(": ")
                    .append(esc(report.source())).append("</h2>\n<p>")
                    .append(esc(Messages.text(locale, "report.validationTime"))).append(": ")
                    .append(report.validationTime()).append(" &middot; ")
                    .append(esc(Messages.text(locale, "report.overall"))).append(": <span class=\"")
                    .append(report.overall()).append("\">").append(report.overall()).append("</span></p>\n");
            if (report.signatures().isEmpty()) {
                html.append("<p>").append(esc(Messages.text(locale, "report.noSignature"))).append("</p>\n");
            }
            for (SignatureReport s : report.signatures()) {
                signature(html, s, locale);
            }
        }
        html.append("</section>\n");
    }

    private static void signature(StringBuilder html, SignatureReport s, Locale locale) {
        html.append("<h3>").append(esc(Messages.text(locale, "report.signature"))).append(' ')
                .append(esc(s.signatureId())).append(" &middot; ").append(esc(s.format())).append("</h3>\n");
        html.append("<p>").append(esc(Messages.text(locale, "report.indication"))).append(": <span class=\"")
                .append(s.indication()).append("\">").append(s.indication()).append("</span>");
        if (s.subIndication() != null) {
            html.append(" &middot; ").append(esc(Messages.text(locale, "report.subIndication"))).append(": ")
                    .append(s.subIndication());
        }
        html.append("</p>\n<div class=\"seal\">");
        SealDetails seal = s.seal();
        if (seal != null) {
            html.append("<div>").append(picture(seal, locale)).append("</div><div><table>");
            row(html, locale, "report.sealName", seal.name());
            row(html, locale, "report.esId", seal.esId());
            row(html, locale, "report.format", seal.format());
            row(html, locale, "report.vendor", seal.vendorId());
            row(html, locale, "report.sealValidity", seal.validStart() + " – " + seal.validEnd());
            html.append("</table>");
            certificate(html, locale, "report.maker", seal.maker());
            html.append("</div>");
        }
        html.append("<div>");
        if (s.signingTime() != null) {
            html.append("<table>");
            row(html, locale, "report.signingTime", s.signingTime().toString());
            html.append("</table>");
        }
        certificate(html, locale, "report.signer", s.signerCertificate());
        html.append("</div></div>\n<table><tr><th>").append(esc(Messages.text(locale, "report.check")))
                .append("</th><th>").append(esc(Messages.text(locale, "report.result"))).append("</th><th>")
                .append(esc(Messages.text(locale, "report.detail"))).append("</th><th>")
                .append(esc(Messages.text(locale, "report.onFailure"))).append("</th></tr>\n");
        for (CheckOutcome c : s.checks()) {
            html.append("<tr><td>").append(c.id()).append("</td><td class=\"").append(c.result()).append("\">")
                    .append(c.result());
            if (c.subIndication() != null && c.result() != CheckResult.PASSED) {
                html.append("<br><small>").append(c.subIndication()).append("</small>");
            }
            html.append("</td><td>").append(esc(Messages.render(locale, c.messageKey(), c.arguments())))
                    .append("</td><td>").append(esc(onFailure(locale, c.severity()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /**
     * What the policy does when this check does not pass, in words ("fail the signature"), under the
     * column "Policy on failure": the severity belongs to the policy, not to the result, and a bare
     * "FAIL" beside a PASSED check reads as a failure.
     */
    static String onFailure(Locale locale, CheckSeverity severity) {
        return Messages.text(locale, "report.onFailure." + severity.name());
    }

    private static String picture(SealDetails seal, Locale locale) {
        String type = seal.pictureType().toLowerCase(Locale.ROOT);
        String mime = switch (type) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            default -> null;
        };
        if (type.equals("ofd")) {
            try {
                return OfdSealPicture.svg(seal.picture(), seal.widthMm(), seal.heightMm(),
                        Messages.text(locale, "report.picture"));
            } catch (OfdFormatException e) {
                return "<p>" + esc(Messages.render(locale, "report.pictureNotDrawn", List.of(seal.pictureType(),
                        Integer.toString(seal.widthMm()), Integer.toString(seal.heightMm()), e.getMessage()))) + "</p>";
            }
        }
        if (mime == null) {
            return "<p>" + esc(Messages.render(locale, "report.pictureNotShown", List.of(seal.pictureType(),
                    Integer.toString(seal.widthMm()), Integer.toString(seal.heightMm())))) + "</p>";
        }
        int width = seal.widthMm() > 0 && seal.widthMm() < 500 ? seal.widthMm() : 40;
        int height = seal.heightMm() > 0 && seal.heightMm() < 500 ? seal.heightMm() : 40;
        return "<img alt=\"" + esc(Messages.text(locale, "report.picture")) + "\" style=\"width:" + width
                + "mm;height:" + height + "mm\" src=\"data:" + mime + ";base64,"
                + Base64.getEncoder().encodeToString(seal.picture()) + "\">";
    }

    private static void certificate(StringBuilder html, Locale locale, String titleKey, CertificateDetails cert) {
        if (cert == null) {
            return;
        }
        html.append("<p><b>").append(esc(Messages.text(locale, titleKey))).append("</b></p><table>");
        row(html, locale, "report.subject", cert.subject());
        row(html, locale, "report.issuer", cert.issuer());
        row(html, locale, "report.serial", cert.serial());
        row(html, locale, "report.validity", cert.notBefore() + " – " + cert.notAfter());
        row(html, locale, "report.fingerprint", cert.sm3());
        html.append("</table>");
    }

    private static void row(StringBuilder html, Locale locale, String key, String value) {
        html.append("<tr><th>").append(esc(Messages.text(locale, key))).append("</th><td>").append(esc(value))
                .append("</td></tr>");
    }

    /** HTML-escapes text (element content and attribute values). */
    static String esc(String text) {
        return Markup.escape(text);
    }
}
