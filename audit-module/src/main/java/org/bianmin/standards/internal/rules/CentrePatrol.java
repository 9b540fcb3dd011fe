package org.bianmin.standards.internal.rules;

import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.Thresholds;

/**
 * C-PATROL: 任务3 "建立乡镇领导干部和县级机关派驻部门不定期到便民服务中心进行巡检和集中办公制". The
 * description lists the days of such visits ({@code patrols}); the gap allowed is configuration
 * (the plan names none).
 */
public final class CentrePatrol extends RecurringRule {
    public CentrePatrol() {
        super("C-PATROL", CENTRES, "patrols", SiteDescription::patrols, Thresholds::superviseIntervalDays);
    }
}
