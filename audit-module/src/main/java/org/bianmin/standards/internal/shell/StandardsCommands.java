package org.bianmin.standards.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.bianmin.internal.shell.ShellResult;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.Format;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.StandardsChecker;
import org.bianmin.standards.StandardsReportRenderer;
import org.bianmin.standards.internal.json.SiteDescriptionJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Gogo shell commands for supervisors (scope {@code standards}): check a centre, station or
 * village room against the plan's C-* and V-* rules.
 */
@Component(service = StandardsCommands.class, property = {
    "osgi.command.scope=standards", "osgi.command.function=check", "osgi.command.function=rules"
})
public class StandardsCommands {
    private final StandardsChecker checker;

    private final StandardsReportRenderer renderer;

    private final TimeSource clock;

    @Activate
    public StandardsCommands(@Reference StandardsChecker checker, @Reference StandardsReportRenderer renderer,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock) {
        this.checker = checker;
        this.renderer = renderer;
        this.clock = TimeSource.orSystem(clock);
    }

    @Descriptor("check a site description (JSON) against every rule, ledger-based rules over the last 30 days")
    public String check(@Descriptor("path of the site description") String file) {
        return ShellResult.of(() -> {
            String json;
            try {
                json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BianminException(ErrorCode.SITE_DESCRIPTION_INVALID, "cannot read " + file + ": " + e.getMessage());
            }
            LocalDate today = LocalDate.ofInstant(clock.now(), clock.zone());
            SiteReport report = checker.check(SiteDescriptionJson.read(json),
                    ReportingPeriod.of(today.minusDays(29), today));
            return renderer.render(report, Format.JSON, null);
        });
    }

    @Descriptor("list the rules with their ids")
    public String rules() {
        return checker.rules().stream().map(rule -> rule.id() + "  " + rule.summary()).collect(Collectors.joining("\n"));
    }
}
