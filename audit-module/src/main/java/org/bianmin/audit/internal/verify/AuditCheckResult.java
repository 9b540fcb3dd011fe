package org.bianmin.audit.internal.verify;

/**
 * The outcome of one check of the offline verifier.
 *
 * @param check      which check, e.g. {@code checkpoint-signature[size=8]}
 * @param indication passed or failed
 * @param reason     why it failed; null when it passed
 * @param detail     the facts behind the outcome, for a person
 */
public record AuditCheckResult(String check, AuditIndication indication, Reason reason, String detail) {
    /** A passed check. */
    public static AuditCheckResult passed(String check, String detail) {
        return new AuditCheckResult(check, AuditIndication.PASSED, null, detail);
    }

    /** A failed check. */
    public static AuditCheckResult failed(String check, Reason reason, String detail) {
        return new AuditCheckResult(check, AuditIndication.FAILED, reason, detail);
    }

    /** Whether it passed. */
    public boolean passed() {
        return indication == AuditIndication.PASSED;
    }
}
