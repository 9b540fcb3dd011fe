package org.bianmin.seal;

/** What a validation policy makes of a check's result. */
public enum CheckSeverity {
    /** A FAILED or INDETERMINATE result decides the signature's indication. */
    FAIL,
    /** The check runs and is reported, but does not affect the indication. */
    WARN,
    /** The check is not run; it is reported as NOT_APPLICABLE. */
    IGNORE
}
