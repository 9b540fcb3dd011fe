package org.bianmin.audit.internal.verify;

import java.util.List;
import java.util.Optional;

/**
 * Everything the offline verifier checked, in order. The log verifies when every check passed.
 *
 * @param results the checks
 */
public record AuditVerificationReport(List<AuditCheckResult> results) {
    public AuditVerificationReport {
        results = List.copyOf(results);
    }

    /** Whether every check passed. */
    public boolean passed() {
        return results.stream().allMatch(AuditCheckResult::passed);
    }

    /** The failed checks. */
    public List<AuditCheckResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** The first result whose check name starts with {@code prefix}. */
    public Optional<AuditCheckResult> find(String prefix) {
        return results.stream().filter(result -> result.check().startsWith(prefix)).findFirst();
    }
}
