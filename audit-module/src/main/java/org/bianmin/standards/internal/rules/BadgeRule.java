package org.bianmin.standards.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;

/** The badge check C-BADGE and V-BADGE share: every member of staff wears a complete badge. */
abstract class BadgeRule extends SiteRule {
    private final boolean unitRequired;

    BadgeRule(String id, Set<SiteKind> kinds, String clause, String summary, boolean unitRequired) {
        super(id, kinds, clause, summary);
        this.unitRequired = unitRequired;
    }

    @Override
    public final RuleResult check(SiteDescription site, CheckContext context) {
        if (site.staff() == null) {
            return notAssessed("the description has no 'staff'");
        }
        if (site.staff().isEmpty()) {
            return fail("no staff at the windows");
        }
        List<String> incomplete = new ArrayList<>();
        int unknown = 0;
        for (int i = 0; i < site.staff().size(); i++) {
            SiteDescription.Staff staff = site.staff().get(i);
            SiteDescription.Badge badge = staff.badge();
            if (badge == null) {
                incomplete.add("staff[" + i + "] wears no badge");
                continue;
            }
            List<String> lacking = new ArrayList<>();
            if (unitRequired && blank(badge.unit())) {
                lacking.add("unit");
            }
            if (blank(badge.name())) {
                lacking.add("name");
            }
            if (blank(badge.post())) {
                lacking.add("post");
            }
            if (blank(badge.phone())) {
                lacking.add("phone");
            }
            if (!Boolean.TRUE.equals(badge.photo())) {
                lacking.add("photo");
            }
            if (staff.partyMember() == null) {
                unknown++;
            } else if (staff.partyMember() && !Boolean.TRUE.equals(badge.partyMarked())) {
                lacking.add("party membership mark");
            }
            if (!lacking.isEmpty()) {
                incomplete.add("staff[" + i + "] badge lacks " + String.join(", ", lacking));
            }
        }
        int total = site.staff().size();
        if (!incomplete.isEmpty()) {
            return fail(String.join("; ", incomplete));
        }
        if (unknown > 0) {
            return notAssessed(unknown + " of " + total + " staff without 'partyMember'");
        }
        return pass("all " + total + " badges complete");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
