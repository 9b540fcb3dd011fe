package org.bianmin.standards.internal.rules;

import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.Thresholds;

/**
 * C-TRAINING: 任务14 "定期不定期组织便民服务中心(室)的窗口人员和代办人员进行培训". The description lists the
 * training days ({@code trainings}); the gap allowed is configuration (the plan names none).
 */
public final class CentreTraining extends RecurringRule {
    public CentreTraining() {
        super("C-TRAINING", CENTRES, "trainings", SiteDescription::trainings, Thresholds::trainingIntervalDays);
    }
}
