package org.bianmin.standards.internal.osgi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bianmin.core.Format;
import org.bianmin.proxy.ProxyReports;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.CountyRollUp;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.StandardsChecker;
import org.bianmin.standards.StandardsReportRenderer;
import org.bianmin.standards.StandardsRule;
import org.bianmin.standards.internal.SiteChecker;
import org.bianmin.standards.internal.Thresholds;
import org.bianmin.standards.internal.report.StandardsReports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@link StandardsChecker} and {@link StandardsReportRenderer} services. Thresholds and the county
 * name (which heads the printable report) are configuration (PID {@code org.bianmin.standards.checker})
 * with the plan's values as defaults. The proxy ledger is an
 * optional, dynamic reference: while none is registered, the ledger-computed village rules are
 * NOT_ASSESSED.
 */
@Component(service = {StandardsChecker.class, StandardsReportRenderer.class},
        configurationPid = StandardsCheckerComponent.PID)
@Designate(ocd = StandardsCheckerComponent.Config.class)
public class StandardsCheckerComponent implements StandardsChecker, StandardsReportRenderer {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.standards.checker";

    /** The numbers the rules compare against; defaults are the plan's values. */
    @ObjectClassDefinition(name = "Bianmin standards checks",
            description = "Thresholds of the C-* and V-* rules (镇村便民服务体系建设工作方案); defaults are the plan's values.")
    public @interface Config {
        @AttributeDefinition(name = "County name", description = "C-NAME, V-SIXONE: the county that names centres.")
        String county_name() default "泸定县";

        @AttributeDefinition(name = "Centre minimum area (m²)", description = "C-AREA, 任务4")
        double centre_min_area_m2() default 80;

        @AttributeDefinition(name = "Village room minimum area (m²)", description = "V-AREA, 任务11")
        double room_min_area_m2() default 15;

        @AttributeDefinition(name = "Minimum comprehensive windows", description = "C-WINDOWS, 任务6")
        int min_windows() default 4;

        @AttributeDefinition(name = "Counter height (cm)", description = "C-COUNTER, 任务6")
        double counter_height_cm() default 75;

        @AttributeDefinition(name = "Counter height tolerance (cm)", description = "C-COUNTER: \"about\" 75 cm")
        double counter_height_tolerance_cm() default 5;

        @AttributeDefinition(name = "Counter minimum width (cm)", description = "C-COUNTER, 任务6")
        double counter_min_width_cm() default 75;

        @AttributeDefinition(name = "Counter maximum width (cm)", description = "C-COUNTER, 任务6")
        double counter_max_width_cm() default 100;

        @AttributeDefinition(name = "Minimum A/B window staff", description = "C-ABPOST, 任务13")
        int min_window_staff() default 2;

        @AttributeDefinition(name = "Maximum A/B window staff", description = "C-ABPOST, 任务13")
        int max_window_staff() default 3;

        @AttributeDefinition(name = "Longest gap between inspections (days)", description = "V-SUPERVISE, C-PATROL")
        int supervise_interval_days() default 90;

        @AttributeDefinition(name = "Longest gap between trainings (days)", description = "C-TRAINING")
        int training_interval_days() default 365;

        @AttributeDefinition(name = "Largest plausible area (m²)", description = "Larger areas are invalid input.")
        double max_plausible_area_m2() default 100_000;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProxyReports ledger;

    private final SiteChecker checker;

    private final StandardsReports reports;

    @Activate
    public StandardsCheckerComponent(Config config) {
        this.checker = new SiteChecker(thresholds(config), (pointId, period) -> {
            ProxyReports current = ledger;
            return current == null ? Optional.empty() : Optional.of(current.activity(pointId, period));
        });
        this.reports = new StandardsReports(checker, config.county_name());
    }

    static Thresholds thresholds(Config config) {
        return new Thresholds(config.centre_min_area_m2(), config.room_min_area_m2(), config.min_windows(),
                config.counter_height_cm(), config.counter_height_tolerance_cm(), config.counter_min_width_cm(),
                config.counter_max_width_cm(), config.min_window_staff(), config.max_window_staff(),
                config.supervise_interval_days(), config.training_interval_days(), config.max_plausible_area_m2(),
                config.county_name());
    }

    @Override
    public List<StandardsRule> rules() {
        return checker.rules();
    }

    @Override
    public SiteReport check(SiteDescription site, ReportingPeriod period) {
        return checker.check(site, period);
    }

    @Override
    public CountyRollUp rollUp(List<SiteReport> reports) {
        return checker.rollUp(reports);
    }

    @Override
    public String render(SiteReport report, Format format, Locale locale) {
        return reports.render(report, format, locale);
    }

    @Override
    public String render(List<SiteReport> reports, Format format, Locale locale) {
        return this.reports.render(reports, format, locale);
    }
}
