package org.bianmin.standards;

/**
 * The outcome of one rule for one site. An outcome is data, never an exception.
 */
public enum RuleStatus {
    /** The site meets the rule. */
    PASS,
    /** The site does not meet the rule; the detail says what was measured. */
    FAIL,
    /** The site description lacks the data the rule needs; nothing is assumed. */
    NOT_ASSESSED,
    /** An optional recommendation of the plan (C-SPECIAL): reported, never failed. */
    ADVISORY
}
