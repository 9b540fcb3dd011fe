package org.bianmin.standards.internal.rules;

import org.bianmin.proxy.PointActivity;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.internal.CheckContext;

/**
 * V-SUPERVISE: 任务12 四 "各乡(镇)要定期督导代办点工作情况", from the inspections recorded in the ledger;
 * the gap allowed is configuration (the plan names none).
 */
public final class Supervision extends LedgerRule {
    public Supervision() {
        super("V-SUPERVISE");
    }

    @Override
    RuleResult judge(PointActivity activity, CheckContext context) {
        int interval = context.thresholds().superviseIntervalDays();
        long gap = Recurrence.longestGap(activity.inspections(), activity.period());
        return judge(gap >= 0 && gap <= interval, "inspections recorded: "
                + Recurrence.describe(activity.inspections(), activity.period(), gap, interval));
    }
}
