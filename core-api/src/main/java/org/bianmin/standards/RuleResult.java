package org.bianmin.standards;

import org.bianmin.core.Checks;

/**
 * The result of one rule for one site.
 *
 * @param rule   the rule id of docs/requirements.md, e.g. {@code C-AREA}
 * @param status the outcome
 * @param detail the plan's clause and the measured value, e.g.
 *               {@code "任务4: 面积不低于80平米; measured 130 m² ≥ 80 m²"}
 */
public record RuleResult(String rule, RuleStatus status, String detail) {
    public RuleResult {
        rule = Checks.text(rule, "rule", 32);
        Checks.required(status, "status");
        detail = Checks.text(detail, "detail");
    }
}
