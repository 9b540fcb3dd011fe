package org.bianmin.standards;

import java.util.Set;
import org.bianmin.core.Checks;

/**
 * One machine-checkable rule of the plan, as docs/requirements.md lists it.
 *
 * @param id        the stable id, e.g. {@code V-AREA}
 * @param appliesTo the site kinds it applies to
 * @param clause    the plan's clause it implements, e.g. {@code "任务11"}
 * @param summary   what it checks, in a sentence
 */
public record StandardsRule(String id, Set<SiteKind> appliesTo, String clause, String summary) {
    public StandardsRule {
        id = Checks.text(id, "id", 32);
        appliesTo = Set.copyOf(Checks.required(appliesTo, "appliesTo"));
        clause = Checks.text(clause, "clause");
        summary = Checks.text(summary, "summary");
    }
}
