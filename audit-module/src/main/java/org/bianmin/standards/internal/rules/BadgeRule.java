package org.bianmin.standards.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;

/** The badge check C-BADGE and V-BADGE share: every member of staff wears a complete badge. */
abstract class BadgeRule extends StaffRule {
    private final boolean unitRequired;

    BadgeRule(String id, Set<SiteKind> kinds, boolean unitRequired) {
        super(id, kinds, "'partyMember'", "badges complete");
        this.unitRequired = unitRequired;
    }

    @Override
    final boolean judge(SiteDescription.Staff staff, String label, List<String> problems) {
        SiteDescription.Badge badge = staff.badge();
        if (badge == null) {
            problems.add(label + " wears no badge");
            return true;
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
        if (Boolean.TRUE.equals(staff.partyMember()) && !Boolean.TRUE.equals(badge.partyMarked())) {
            lacking.add("party membership mark");
        }
        if (!lacking.isEmpty()) {
            problems.add(label + " badge lacks " + String.join(", ", lacking));
        }
        return staff.partyMember() != null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
