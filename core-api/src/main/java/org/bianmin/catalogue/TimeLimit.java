package org.bianmin.catalogue;

import org.bianmin.core.Checks;

/**
 * A time limit (办结时限) with its unit and explanation (时限说明), e.g. 20 working days "不含公示期".
 *
 * @param amount      the number of units, 0 meaning on the spot
 * @param unit        working days, natural days or months
 * @param explanation what the limit leaves out or how it is counted, or null
 */
public record TimeLimit(int amount, LimitUnit unit, String explanation) {
    public TimeLimit {
        Checks.nonNegative(amount, "time limit");
        Checks.required(unit, "unit of the time limit (工作日, 自然日 or 个月)");
        explanation = Checks.optionalText(explanation);
    }

    /** {@code days} working days without explanation. */
    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, LimitUnit.WORKING_DAYS, null);
    }

    /** E.g. {@code 20个工作日}. */
    public String text() {
        return amount + unit.label();
    }
}
