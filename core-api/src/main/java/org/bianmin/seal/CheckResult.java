package org.bianmin.seal;

/** The result of one check (ETSI EN 319 102-1 §5.1.3 applied to a single constraint). */
public enum CheckResult {
    PASSED,
    FAILED,
    INDETERMINATE,
    /** The check does not apply (e.g. no timestamp present, a foreign seal's registry status). */
    NOT_APPLICABLE
}
