package org.bianmin.standards.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.bianmin.proxy.PointActivity;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.internal.CheckContext;

/** V-ONDUTY: 任务12 一 "便民服务代办点实行坐班制,每天至少要有1名代办员在岗", from the duty roster. */
public final class OnDuty extends LedgerRule {
    public OnDuty() {
        super("V-ONDUTY");
    }

    @Override
    RuleResult judge(PointActivity activity, CheckContext context) {
        List<LocalDate> gaps = activity.daysWithoutDuty();
        String measured = "roster covers " + (activity.dutyDays().size() - gaps.size()) + " of "
                + activity.dutyDays().size() + " working days in " + activity.period();
        if (activity.dutyDays().isEmpty()) {
            return notAssessed("no working days in " + activity.period());
        }
        return gaps.isEmpty() ? pass(measured) : fail(measured + "; nobody on duty on "
                + gaps.stream().limit(10).map(LocalDate::toString).collect(Collectors.joining(", "))
                + (gaps.size() > 10 ? " and " + (gaps.size() - 10) + " more" : ""));
    }
}
