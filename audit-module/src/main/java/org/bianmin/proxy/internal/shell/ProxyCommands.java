package org.bianmin.proxy.internal.shell;

import java.time.LocalDate;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.bianmin.internal.shell.ShellResult;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.AgeBand;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.ProxyReports;
import org.bianmin.proxy.UnansweredCase;
import org.bianmin.proxy.UnansweredReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Gogo shell commands for township supervisors (scope {@code proxy}): the cases that have no
 * answer yet (件件有着落、事事有回音, docs/requirements.md V-FEEDBACK, K-ANSWERED).
 */
@Component(service = ProxyCommands.class, property = {
    "osgi.command.scope=proxy", "osgi.command.function=unanswered"
})
public class ProxyCommands {
    private final ProxyReports reports;

    private final TimeSource clock;

    @Activate
    public ProxyCommands(@Reference ProxyReports reports,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock) {
        this.reports = reports;
        this.clock = TimeSource.orSystem(clock);
    }

    @Descriptor("cases of a township without an answer to the applicant, by point and age; overdue ones marked")
    public String unanswered(@Descriptor("9-digit township division code") String township) {
        return ShellResult.of(() -> {
            UnansweredReport report = reports.unanswered(LedgerScope.township(DivisionCode.of(township)),
                    LocalDate.ofInstant(clock.now(), clock.zone()));
            StringBuilder out = new StringBuilder();
            out.append(report.cases().size()).append(" unanswered, ").append(report.overdue()).append(" overdue, in ")
                    .append(township).append(" as of ").append(report.asOf()).append('\n');
            for (Map.Entry<String, Long> point : report.byPoint().entrySet()) {
                out.append("  point ").append(point.getKey()).append(": ").append(point.getValue()).append('\n');
            }
            for (Map.Entry<AgeBand, Long> band : report.byAge().entrySet()) {
                out.append("  ").append(band.getKey()).append(": ").append(band.getValue()).append('\n');
            }
            for (UnansweredCase open : report.cases()) {
                out.append("  ").append(open.caseId()).append(' ').append(open.state()).append(" received ")
                        .append(open.receivedOn()).append(open.overdue() ? " OVERDUE" : "").append('\n');
            }
            return out.toString().stripTrailing();
        });
    }
}
