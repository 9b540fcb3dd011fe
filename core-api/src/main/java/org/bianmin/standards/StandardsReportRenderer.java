package org.bianmin.standards;

import java.util.List;
import java.util.Locale;
import org.bianmin.core.Format;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Standards reports as people and programs read them (检查报告): JSON in the documented shape, or a
 * self-contained HTML page a supervisor can print. Everything taken from a site description (names,
 * details) is escaped; rendering never fails on a report's content.
 */
@ProviderType
public interface StandardsReportRenderer {
    /**
     * Renders one site's report.
     *
     * @param report the report
     * @param format JSON: {@code {"site","kind","results":[{"rule","status","detail"}],"summary":{"pass",
     *               "fail","notAssessed","advisory"}}}; HTML: the printable page for that one site
     * @param locale the language of the page's labels: Chinese ({@code zh}) or English (any other
     *               language); null for Chinese. JSON is written in one form whatever the locale.
     * @return the rendered report, in {@link Format#mediaType()}
     * @throws org.bianmin.core.BianminException INVALID_ARGUMENT when the report or format is null
     */
    String render(SiteReport report, Format format, Locale locale);

    /**
     * Renders the reports of several sites with their roll-up per township and for the county
     * ({@link StandardsChecker#rollUp}).
     *
     * @param reports the reports, in the order they are shown
     * @param format  JSON: {@code {"sites":[…],"rollUp":{"county":{…},"townships":[…]}}}, each site as
     *                {@link #render(SiteReport, Format, Locale)} writes it and each roll-up as
     *                {@code {"area","sites","summary","rules":[{"rule","pass","fail","notAssessed","advisory"}]}};
     *                HTML: the roll-up, then every site's results
     * @param locale  as for one report
     * @return the rendered reports
     * @throws org.bianmin.core.BianminException INVALID_ARGUMENT when the reports or format are null
     */
    String render(List<SiteReport> reports, Format format, Locale locale);
}
