package org.bianmin.seal.internal.report;

import java.util.List;
import java.util.Locale;
import org.bianmin.core.Checks;
import org.bianmin.seal.ReportFormat;
import org.bianmin.seal.SealReportRenderer;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.verify.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link SealReportRenderer} OSGi service: the module's own reports — {@link HtmlReport}
 * (bilingual when no locale is given), {@link JsonReport} and {@link TextReport} — for applications
 * that see only core-api, such as the REST web application. Stateless and thread-safe.
 */
@Component(service = SealReportRenderer.class)
public final class SealReportRendererComponent implements SealReportRenderer {
    @Activate
    public SealReportRendererComponent() {
        // nothing to configure or to reference: the reports are pure functions of the report
    }

    @Override
    public String render(VerificationReport report, ReportFormat format, Locale locale) {
        List<VerificationReport> reports = List.of(Checks.required(report, "report"));
        return switch (Checks.required(format, "format")) {
            case HTML -> locale == null ? HtmlReport.bilingual(reports) : HtmlReport.render(reports, language(locale));
            case JSON -> JsonReport.toJson(reports);
            case TEXT -> locale == null ? TextReport.render(reports, Messages.ZH) + TextReport.render(reports, Messages.EN)
                    : TextReport.render(reports, language(locale));
        };
    }

    /** The bundles' languages: Chinese for any {@code zh} locale, English for every other. */
    private static Locale language(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Messages.ZH : Messages.EN;
    }
}
