package org.bianmin.audit.internal.verify;

/** The outcome of one check (in the manner of ETSI EN 319 102-1 indications). */
public enum AuditIndication {
    PASSED,
    FAILED
}
