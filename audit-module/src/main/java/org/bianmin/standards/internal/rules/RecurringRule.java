package org.bianmin.standards.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteDescriptionValidator;
import org.bianmin.standards.internal.SiteRule;

/** A rule over dates the description lists (C-PATROL, C-TRAINING), judged by {@link Recurrence}. */
abstract class RecurringRule extends SiteRule {
    private final String field;

    RecurringRule(String id, Set<SiteKind> kinds, String clause, String summary, String field) {
        super(id, kinds, clause, summary);
        this.field = field;
    }

    abstract List<String> dates(SiteDescription site);

    abstract int interval(CheckContext context);

    @Override
    public final RuleResult check(SiteDescription site, CheckContext context) {
        List<String> values = dates(site);
        if (values == null) {
            return notAssessed("the description has no '" + field + "'");
        }
        List<LocalDate> dates = values.stream().map(value -> SiteDescriptionValidator.date(value, field)).toList();
        long gap = Recurrence.longestGap(dates, context.period());
        int interval = interval(context);
        return judge(gap >= 0 && gap <= interval, field + ": " + Recurrence.describe(dates, context.period(), gap,
                interval));
    }
}
