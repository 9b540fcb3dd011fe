package org.bianmin.standards.internal;

import java.util.ArrayList;
import java.util.List;
import org.bianmin.standards.RuleStatus;

/**
 * The parts of a rule with several conditions: each part is met, not met, or unknown (the
 * description lacks it). The rule fails when any part is not met, is not assessed when none failed
 * but some are unknown, and passes when all are met.
 */
public final class Findings {
    private final List<String> texts = new ArrayList<>();
    private boolean failed;
    private boolean unknown;

    /** Adds a part: {@code met} true, false, or null when the description lacks it. */
    public Findings part(Boolean met, String text) {
        if (met == null) {
            unknown = true;
            texts.add(text + " (not described)");
        } else {
            failed |= !met;
            texts.add(text + (met ? " ✓" : " ✗"));
        }
        return this;
    }

    /** Adds a remark that is not a condition and leaves the status as it is. */
    public Findings aside(String text) {
        texts.add(text);
        return this;
    }

    /** The combined status. */
    public RuleStatus status() {
        return failed ? RuleStatus.FAIL : unknown ? RuleStatus.NOT_ASSESSED : RuleStatus.PASS;
    }

    /** The parts, joined. */
    public String text() {
        return String.join("; ", texts);
    }
}
