package org.bianmin.proxy.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.proxy.Ratio;

/**
 * What the service indicators of docs/requirements.md (K-*) count over the cases of a scope received
 * in a period, all in one query, and each indicator as the ratio of two of these counts. The query's
 * parameters are {@code :today} (what is overdue) and {@code :good} (the lowest good rating).
 */
final class CaseCounts {
    /** One count, with the JPQL expression over {@code CaseEntity c} that computes it. */
    enum Count {
        ALL("COUNT(c)"),
        AT_MOST_ONE_VISIT("SUM(CASE WHEN c.visits <= 1 THEN 1 ELSE 0 END)"),
        WITH_RESULT("SUM(CASE WHEN c.resultDay IS NOT NULL THEN 1 ELSE 0 END)"),
        ANSWERED("SUM(c.answered)"),
        RESULT_BY_DEADLINE("SUM(CASE WHEN c.resultDay IS NOT NULL AND c.resultDay <= c.deadlineDay THEN 1 ELSE 0 END)"),
        PAST_DEADLINE_WITHOUT_RESULT("SUM(CASE WHEN c.resultDay IS NULL AND c.deadlineDay < :today THEN 1 ELSE 0 END)"),
        RATED("SUM(CASE WHEN c.rating IS NOT NULL THEN 1 ELSE 0 END)"),
        RATED_GOOD("SUM(CASE WHEN c.rating >= :good THEN 1 ELSE 0 END)"),
        SPECIAL_NEEDS("SUM(c.specialNeeds)"),
        SPECIAL_SERVED("SUM(c.specialServed)"),
        PROVISIONAL_DEADLINE_DUE("SUM(CASE WHEN c.deadlineProvisional = 1"
                + " AND (c.resultDay IS NOT NULL OR c.deadlineDay < :today) THEN 1 ELSE 0 END)");

        private final String jpql;

        Count(String jpql) {
            this.jpql = jpql;
        }
    }

    /** The select list of the query: every count, in the order of {@link Count}. */
    static final String SELECT = Arrays.stream(Count.values()).map(count -> count.jpql)
            .collect(Collectors.joining(", ", "SELECT ", " "));

    private final Map<Count, Long> counts = new EnumMap<>(Count.class);

    /** The counts from the query's one row ({@code SUM} over no case is null, which counts 0). */
    CaseCounts(Object[] row) {
        for (Count count : Count.values()) {
            Object value = row[count.ordinal()];
            counts.put(count, value == null ? 0 : ((Number) value).longValue());
        }
    }

    private long get(Count count) {
        return counts.get(count);
    }

    /** K-ONETRIP: cases whose applicant came at most once, of all cases (最多跑一次). */
    Ratio oneTrip() {
        return new Ratio(get(Count.AT_MOST_ONE_VISIT), get(Count.ALL));
    }

    /** K-ANSWERED: cases whose result was fed back to the applicant, of cases with a result (事事有回音). */
    Ratio answered() {
        return new Ratio(get(Count.ANSWERED), get(Count.WITH_RESULT));
    }

    /**
     * K-ONTIME: cases with a result on or before the deadline, of cases with a result or past their
     * deadline without one (限时办结).
     */
    Ratio onTime() {
        return new Ratio(get(Count.RESULT_BY_DEADLINE), get(Count.WITH_RESULT) + get(Count.PAST_DEADLINE_WITHOUT_RESULT));
    }

    /** How many of K-ONTIME's cases have a provisional deadline (0 when the figure is final). */
    int onTimeProvisional() {
        return (int) get(Count.PROVISIONAL_DEADLINE_DUE);
    }

    /** K-RATING: good ratings, of rated cases (好差评). */
    Ratio rating() {
        return new Ratio(get(Count.RATED_GOOD), get(Count.RATED));
    }

    /** K-SPECIAL: special-needs cases served at home or by full proxy, of special-needs cases. */
    Ratio special() {
        return new Ratio(get(Count.SPECIAL_SERVED), get(Count.SPECIAL_NEEDS));
    }
}
