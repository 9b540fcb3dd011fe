package org.bianmin.seal.internal.report;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bianmin.internal.text.Markup;
import org.bianmin.seal.CertificateDetails;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.CheckSeverity;
import org.bianmin.seal.SealDetails;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.ofd.OfdFormatException;
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
        Markup html = Markup.page(null,
                Messages.text(Messages.ZH, "report.title") + " / " + Messages.text(Messages.EN, "report.title"), STYLE);
        html.open("nav").open("a", "href", "#zh").text("中文").close("a").open("a", "href", "#en").text("English")
                .close("a").close("nav").newline();
        section(html, reports, Messages.ZH, "zh");
        section(html, reports, Messages.EN, "en");
        return html.endPage();
    }

    /** One page in one language. */
    public static String render(List<VerificationReport> reports, Locale locale) {
        Markup html = Markup.page(null, Messages.text(locale, "report.title"), STYLE);
        section(html, reports, locale, locale.getLanguage());
        return html.endPage();
    }

    private static void section(Markup html, List<VerificationReport> reports, Locale locale, String id) {
        html.open("section", "id", id, "lang", id).newline().element("h1", Messages.text(locale, "report.title"))
                .newline();
        for (VerificationReport report : reports) {
            html.element("h2", Messages.text(locale, "report.file") + ": " + report.source()).newline().open("p")
                    .text(Messages.text(locale, "report.validationTime") + ": " + report.validationTime() + " · "
                            + Messages.text(locale, "report.overall") + ": ")
                    .classed("span", report.overall().name(), report.overall().name()).close("p").newline();
            if (report.signatures().isEmpty()) {
                html.element("p", Messages.text(locale, "report.noSignature")).newline();
            }
            for (SignatureReport s : report.signatures()) {
                signature(html, s, locale);
            }
        }
        html.close("section").newline();
    }

    private static void signature(Markup html, SignatureReport s, Locale locale) {
        html.element("h3", Messages.text(locale, "report.signature") + " " + s.signatureId() + " · " + s.format())
                .newline();
        html.open("p").text(Messages.text(locale, "report.indication") + ": ")
                .classed("span", s.indication().name(), s.indication().name());
        if (s.subIndication() != null) {
            html.text(" · " + Messages.text(locale, "report.subIndication") + ": " + s.subIndication());
        }
        html.close("p").newline().open("div", "class", "seal");
        SealDetails seal = s.seal();
        if (seal != null) {
            html.open("div").append(picture(seal, locale)).close("div").open("div").open("table");
            row(html, locale, "report.sealName", seal.name());
            row(html, locale, "report.esId", seal.esId());
            row(html, locale, "report.format", seal.format());
            row(html, locale, "report.vendor", seal.vendorId());
            row(html, locale, "report.sealValidity", seal.validStart() + " – " + seal.validEnd());
            html.close("table");
            certificate(html, locale, "report.maker", seal.maker());
            html.close("div");
        }
        html.open("div");
        if (s.signingTime() != null) {
            html.open("table");
            row(html, locale, "report.signingTime", s.signingTime().toString());
            html.close("table");
        }
        certificate(html, locale, "report.signer", s.signerCertificate());
        html.close("div").close("div").newline().open("table").open("tr")
                .element("th", Messages.text(locale, "report.check"))
                .element("th", Messages.text(locale, "report.result"))
                .element("th", Messages.text(locale, "report.detail"))
                .element("th", Messages.text(locale, "report.onFailure")).close("tr").newline();
        for (CheckOutcome c : s.checks()) {
            html.open("tr").element("td", c.id().name()).open("td", "class", c.result().name())
                    .text(c.result().name());
            if (c.subIndication() != null && c.result() != CheckResult.PASSED) {
                html.empty("br").element("small", c.subIndication().name());
            }
            html.close("td").element("td", Messages.render(locale, c.messageKey(), c.arguments()))
                    .element("td", onFailure(locale, c.severity())).close("tr").newline();
        }
        html.close("table").newline();
    }

    /**
     * What the policy does when this check does not pass, in words ("fail the signature"), under the
     * column "Policy on failure": the severity belongs to the policy, not to the result, and a bare
     * "FAIL" beside a PASSED check reads as a failure.
     */
    static String onFailure(Locale locale, CheckSeverity severity) {
        return Messages.text(locale, "report.onFailure." + severity.name());
    }

    private static Markup picture(SealDetails seal, Locale locale) {
        String type = seal.pictureType().toLowerCase(Locale.ROOT);
        String mime = switch (type) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            default -> null;
        };
        if (type.equals("ofd")) {
            try {
                return new Markup().drawing(OfdSealPicture.svg(seal.picture(), seal.widthMm(), seal.heightMm(),
                        Messages.text(locale, "report.picture")));
            } catch (OfdFormatException e) {
                return new Markup().element("p", Messages.render(locale, "report.pictureNotDrawn",
                        List.of(seal.pictureType(), Integer.toString(seal.widthMm()),
                                Integer.toString(seal.heightMm()), e.getMessage())));
            }
        }
        if (mime == null) {
            return new Markup().element("p", Messages.render(locale, "report.pictureNotShown", List.of(
                    seal.pictureType(), Integer.toString(seal.widthMm()), Integer.toString(seal.heightMm()))));
        }
        int width = seal.widthMm() > 0 && seal.widthMm() < 500 ? seal.widthMm() : 40;
        int height = seal.heightMm() > 0 && seal.heightMm() < 500 ? seal.heightMm() : 40;
        return new Markup().empty("img", "alt", Messages.text(locale, "report.picture"),
                "style", "width:" + width + "mm;height:" + height + "mm",
                "src", "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(seal.picture()));
    }

    private static void certificate(Markup html, Locale locale, String titleKey, CertificateDetails cert) {
        if (cert == null) {
            return;
        }
        html.open("p").element("b", Messages.text(locale, titleKey)).close("p").open("table");
        row(html, locale, "report.subject", cert.subject());
        row(html, locale, "report.issuer", cert.issuer());
        row(html, locale, "report.serial", cert.serial());
        row(html, locale, "report.validity", cert.notBefore() + " – " + cert.notAfter());
        row(html, locale, "report.fingerprint", cert.sm3());
        html.close("table");
    }

    private static void row(Markup html, Locale locale, String key, String value) {
        html.open("tr").element("th", Messages.text(locale, key)).element("td", value).close("tr");
    }
}
