package org.bianmin.standards;

import org.bianmin.core.Checks;

/**
 * How one rule fared across the sites of a roll-up.
 *
 * @param rule    the rule id
 * @param summary how many sites passed, failed, were not assessed or advised
 */
public record RuleTally(String rule, Summary summary) {
    public RuleTally {
        rule = Checks.text(rule, "rule", 32);
        Checks.required(summary, "summary");
    }
}
