package org.bianmin.seal;

import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Verification reports as people and programs read them (验证报告): the same pages the seal
 * module's command line writes, for applications that hold a {@link VerificationReport} from
 * {@link SealVerifier} and must show it — e.g. a web application answering {@code Accept: text/html}.
 * Everything taken from the verified file (names, the seal picture, details) is escaped or drawn
 * within bounds; rendering never fails on the report's content.
 */
@ProviderType
public interface SealReportRenderer {
    /**
     * Renders one report.
     *
     * @param report the report
     * @param format HTML, JSON or TEXT
     * @param locale Chinese ({@code zh}) or English (any other language); null for both, Chinese
     *               first, on one page. JSON is written in one form whatever the locale (details
     *               in English).
     * @return the rendered report, in {@link ReportFormat#mediaType()}
     * @throws org.bianmin.core.BianminException INVALID_ARGUMENT when the report or format is null
     */
    String render(VerificationReport report, ReportFormat format, Locale locale);
}
