package org.bianmin.standards.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SectionRule;

/**
 * A rule every member of the window staff must meet (C-STAFF, C-BADGE, V-BADGE): FAIL without staff
 * or naming each member's problems, else NOT_ASSESSED while a member lacks what the rule reads, else
 * PASS.
 */
abstract class StaffRule extends SectionRule<List<SiteDescription.Staff>> {
    private final String unknown;
    private final String passed;

    /**
     * @param unknown what a member lacks when the rule cannot judge them ("staff without …")
     * @param passed  what a pass says of all of them ("all n …")
     */
    StaffRule(String id, Set<SiteKind> kinds, String unknown, String passed) {
        super(id, kinds, "staff", SiteDescription::staff);
        this.unknown = unknown;
        this.passed = passed;
    }

    @Override
    protected final RuleResult assess(List<SiteDescription.Staff> members, CheckContext context) {
        if (members.isEmpty()) {
            return fail("no staff at the windows");
        }
        List<String> problems = new ArrayList<>();
        int unjudged = 0;
        for (int i = 0; i < members.size(); i++) {
            if (!judge(members.get(i), "staff[" + i + "]", problems)) {
                unjudged++;
            }
        }
        int total = members.size();
        if (!problems.isEmpty()) {
            return fail(String.join("; ", problems));
        }
        return unjudged > 0 ? notAssessed(unjudged + " of " + total + " staff without " + unknown)
                : pass("all " + total + " " + passed);
    }

    /**
     * Adds the member's problems, each beginning with {@code label}.
     *
     * @return false when the description lacks what the rule needs to judge the member fully
     */
    abstract boolean judge(SiteDescription.Staff member, String label, List<String> problems);
}
