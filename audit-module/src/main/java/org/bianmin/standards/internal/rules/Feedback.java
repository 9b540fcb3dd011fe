package org.bianmin.standards.internal.rules;

import org.bianmin.proxy.PointActivity;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.internal.CheckContext;

/**
 * V-FEEDBACK: 任务12 四 "代办员要建立代办事项台账,对代办事项的结果要及时向群众反馈,做到件件有着落、事事有
 * 回音". From the ledger: every case of the period that has a result was answered.
 */
public final class Feedback extends LedgerRule {
    public Feedback() {
        super("V-FEEDBACK");
    }

    @Override
    RuleResult judge(PointActivity activity, CheckContext context) {
        if (activity.casesReceived() == 0) {
            return notAssessed("no case recorded in " + activity.period());
        }
        String measured = activity.casesReceived() + " cases received in " + activity.period() + ", "
                + activity.casesWithResult() + " with a result, " + activity.casesAnswered() + " answered";
        return judge(activity.casesAnswered() == activity.casesWithResult(), measured);
    }
}
