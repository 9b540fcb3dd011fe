package org.bianmin.standards.internal.rules;

import java.util.List;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SectionRule;

/** C-WINDOWS: 任务6 "设置不少于4个综合窗口（可按照综合受理、综合办事、综合咨询设置）". */
public final class CentreWindows extends SectionRule<List<SiteDescription.Window>> {
    public CentreWindows() {
        super("C-WINDOWS", CENTRES, "windows", SiteDescription::windows);
    }

    @Override
    protected RuleResult assess(List<SiteDescription.Window> windows, CheckContext context) {
        long comprehensive = windows.stream().filter(window -> window.kind().comprehensive()).count();
        int minimum = context.thresholds().minWindows();
        return judge(comprehensive >= minimum, "counted " + comprehensive
                + " comprehensive windows (ACCEPTANCE, PROCESSING, CONSULTING), required at least " + minimum);
    }
}
