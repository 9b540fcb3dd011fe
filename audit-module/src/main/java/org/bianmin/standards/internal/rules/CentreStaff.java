package org.bianmin.standards.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;

/**
 * C-STAFF: 任务13 "窗口工作人员,应具有公务员(参公管理、事业人员)或法律法规授权…单位正式在编人员身份,
 * 业务不熟悉、不懂电脑操作人员不得派驻到窗口工作".
 */
public final class CentreStaff extends SiteRule {
    public CentreStaff() {
        super("C-STAFF", CENTRES, "任务13: 窗口人员为公务员、事业人员或授权单位在编人员，懂电脑操作",
                "window staff established and computer-literate");
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        if (site.staff() == null) {
            return notAssessed("the description has no 'staff'");
        }
        if (site.staff().isEmpty()) {
            return fail("no staff at the windows");
        }
        List<String> problems = new ArrayList<>();
        int unknown = 0;
        for (int i = 0; i < site.staff().size(); i++) {
            SiteDescription.Staff staff = site.staff().get(i);
            if (staff.employment() == null || staff.computerLiterate() == null) {
                unknown++;
                continue;
            }
            if (!staff.employment().establishedStaff()) {
                problems.add("staff[" + i + "] is " + staff.employment());
            }
            if (!staff.computerLiterate()) {
                problems.add("staff[" + i + "] cannot use a computer");
            }
        }
        if (!problems.isEmpty()) {
            return fail(String.join("; ", problems));
        }
        int total = site.staff().size();
        return unknown > 0 ? notAssessed(unknown + " of " + total + " staff without employment or computer skills")
                : pass("all " + total + " staff established and computer-literate");
    }
}
