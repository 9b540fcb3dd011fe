package org.bianmin.standards.internal;

import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The numbers the rules compare against. The defaults are the plan's values; a county may tune
 * them through configuration. Values marked "not in the plan" are this project's reading of a
 * clause that names no number.
 *
 * @param centreMinAreaM2        C-AREA, 任务4: 面积不低于80平米
 * @param roomMinAreaM2          V-AREA, 任务11: 面积不低于15平米
 * @param minWindows             C-WINDOWS, 任务6: 不少于4个综合窗口
 * @param counterHeightCm        C-COUNTER, 任务6: 参考标准高75CM
 * @param counterHeightToleranceCm C-COUNTER: how far "about 75 cm" may deviate (not in the plan)
 * @param counterMinWidthCm      C-COUNTER, 任务6: 宽75-100CM
 * @param counterMaxWidthCm      C-COUNTER, 任务6: 宽75-100CM
 * @param minWindowStaff         C-ABPOST, 任务13: 保证2-3名…工作人员固定在岗 (the lower bound)
 * @param maxWindowStaff         C-ABPOST, 任务13: the upper bound of 2–3
 * @param superviseIntervalDays  V-SUPERVISE, C-PATROL: the longest gap between inspections
 *                               (任务12 定期督导; not in the plan)
 * @param trainingIntervalDays   C-TRAINING: the longest gap between trainings (任务14 定期不定期; not
 *                               in the plan)
 * @param maxPlausibleAreaM2     above this an area is absurd and the description invalid
 * @param countyName             C-NAME: the county of the names, 任务4 "泸定县XX乡镇便民服务中心"
 */
public record Thresholds(double centreMinAreaM2, double roomMinAreaM2, int minWindows, double counterHeightCm,
        double counterHeightToleranceCm, double counterMinWidthCm, double counterMaxWidthCm, int minWindowStaff,
        int maxWindowStaff, int superviseIntervalDays, int trainingIntervalDays, double maxPlausibleAreaM2,
        String countyName) {
    public Thresholds {
        require(centreMinAreaM2 > 0 && roomMinAreaM2 > 0, "minimum areas must be positive");
        require(minWindows > 0, "minimum windows must be positive");
        require(counterHeightCm > 0 && counterHeightToleranceCm >= 0, "counter height must be positive");
        require(counterMinWidthCm > 0 && counterMaxWidthCm >= counterMinWidthCm,
                "counter widths need 0 < min ≤ max");
        require(minWindowStaff > 0 && maxWindowStaff >= minWindowStaff, "window staff need 0 < min ≤ max");
        require(superviseIntervalDays > 0 && trainingIntervalDays > 0, "intervals must be positive");
        require(maxPlausibleAreaM2 > Math.max(centreMinAreaM2, roomMinAreaM2),
                "the plausible area limit must exceed the minimum areas");
        require(countyName != null && !countyName.isBlank(), "the county name is required");
        countyName = countyName.strip();
    }

    /** The plan's values for Luding County (泸定县). */
    public static Thresholds plan() {
        return new Thresholds(80, 15, 4, 75, 5, 75, 100, 2, 3, 90, 365, 100_000, "泸定县");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "standards thresholds: " + message);
        }
    }
}
