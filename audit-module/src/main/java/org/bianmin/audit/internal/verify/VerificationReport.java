package org.bianmin.audit.internal.verify;

import java.util.List;
import java.util.Optional;

/**
 * Everything the offline verifier checked, in order. The log verifies when every check passed.
 *
 * @param results the checks
 */
public record VerificationReport(List<CheckResult> results) {
    public VerificationReport {
        results = List.copyOf(results);
    }

    /** Whether every check passed. */
    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed);
    }

    /** The failed checks. */
    public List<CheckResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** The first result whose check name starts with {@code prefix}. */
    public Optional<CheckResult> find(String prefix) {
        return results.stream().filter(result -> result.check().startsWith(prefix)).findFirst();
    }
}
