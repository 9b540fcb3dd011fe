package org.bianmin.standards;

import java.util.Collection;
import org.bianmin.core.Checks;

/**
 * How many rules ended in each {@link RuleStatus}.
 *
 * @param pass        rules passed
 * @param fail        rules failed
 * @param notAssessed rules the description could not settle
 * @param advisory    advisory rules (C-SPECIAL)
 */
public record Summary(int pass, int fail, int notAssessed, int advisory) {
    public Summary {
        Checks.nonNegative(pass, "pass");
        Checks.nonNegative(fail, "fail");
        Checks.nonNegative(notAssessed, "notAssessed");
        Checks.nonNegative(advisory, "advisory");
    }

    /** The tally of {@code results}. */
    public static Summary of(Collection<RuleResult> results) {
        int[] counts = new int[RuleStatus.values().length];
        results.forEach(result -> counts[result.status().ordinal()]++);
        return new Summary(counts[RuleStatus.PASS.ordinal()], counts[RuleStatus.FAIL.ordinal()],
                counts[RuleStatus.NOT_ASSESSED.ordinal()], counts[RuleStatus.ADVISORY.ordinal()]);
    }

    /** This tally plus {@code other}. */
    public Summary plus(Summary other) {
        return new Summary(pass + other.pass, fail + other.fail, notAssessed + other.notAssessed,
                advisory + other.advisory);
    }

    /** The empty tally. */
    public static Summary none() {
        return new Summary(0, 0, 0, 0);
    }
}
