package org.bianmin.standards.internal.rules;

import java.util.List;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SectionRule;

/**
 * C-ABPOST: 任务13 "窗口实行AB岗，保证2-3名政策水平高、业务能力强的工作人员固定在岗工作". Staff with an
 * {@code abPost} are the permanent window staff; the count must lie in the configured range and both
 * posts must be filled.
 */
public final class CentreAbPosts extends SectionRule<List<SiteDescription.Staff>> {
    public CentreAbPosts() {
        super("C-ABPOST", CENTRES, "staff", SiteDescription::staff);
    }

    @Override
    protected RuleResult assess(List<SiteDescription.Staff> members, CheckContext context) {
        long a = members.stream().filter(staff -> "A".equals(staff.abPost())).count();
        long b = members.stream().filter(staff -> "B".equals(staff.abPost())).count();
        int min = context.thresholds().minWindowStaff();
        int max = context.thresholds().maxWindowStaff();
        return conclude(new Findings()
                .part(a > 0 && b > 0, "A posts " + a + ", B posts " + b)
                .part(a + b >= min && a + b <= max, (a + b) + " staff on A/B posts, expected " + min + "–" + max));
    }
}
