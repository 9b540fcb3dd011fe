package org.bianmin.standards.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SectionRule;
import org.bianmin.standards.internal.SiteDescriptionValidator;
import org.bianmin.standards.internal.Thresholds;

/** A rule over dates the description lists (C-PATROL, C-TRAINING), judged by {@link Recurrence}. */
abstract class RecurringRule extends SectionRule<List<String>> {
    private final ToIntFunction<Thresholds> interval;

    /**
     * @param field    the description's list of dates, as named in its JSON
     * @param datesOf  reads that list
     * @param interval the longest gap allowed, in days, from the configuration
     */
    RecurringRule(String id, Set<SiteKind> kinds, String field,
            Function<SiteDescription, List<String>> datesOf, ToIntFunction<Thresholds> interval) {
        super(id, kinds, field, datesOf);
        this.interval = interval;
    }

    @Override
    protected final RuleResult assess(List<String> values, CheckContext context) {
        String field = section();
        List<LocalDate> dates = values.stream().map(value -> SiteDescriptionValidator.date(value, field)).toList();
        long gap = Recurrence.longestGap(dates, context.period());
        int allowed = interval.applyAsInt(context.thresholds());
        return judge(gap >= 0 && gap <= allowed, field + ": " + Recurrence.describe(dates, context.period(), gap,
                allowed));
    }
}
