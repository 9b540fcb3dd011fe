package org.bianmin.standards.internal.rules;

import java.util.List;
import org.bianmin.standards.SiteDescription;

/**
 * C-STAFF: 任务13 "窗口工作人员,应具有公务员(参公管理、事业人员)或法律法规授权…单位正式在编人员身份,
 * 业务不熟悉、不懂电脑操作人员不得派驻到窗口工作".
 */
public final class CentreStaff extends StaffRule {
    public CentreStaff() {
        super("C-STAFF", CENTRES, "employment or computer skills", "staff established and computer-literate");
    }

    @Override
    boolean judge(SiteDescription.Staff staff, String label, List<String> problems) {
        if (staff.employment() == null || staff.computerLiterate() == null) {
            return false;
        }
        if (!staff.employment().establishedStaff()) {
            problems.add(label + " is " + staff.employment());
        }
        if (!staff.computerLiterate()) {
            problems.add(label + " cannot use a computer");
        }
        return true;
    }
}
