package org.bianmin.proxy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bianmin.core.Checks;

/**
 * The "every case answered" report (件件有着落、事事有回音, docs/requirements.md V-FEEDBACK, K-ANSWERED):
 * every case of a scope without an answer, counted by point, township and age.
 *
 * @param scope the scope
 * @param asOf  the day ages are counted to
 * @param cases the unanswered cases, oldest first
 */
public record UnansweredReport(LedgerScope scope, LocalDate asOf, List<UnansweredCase> cases) {
    public UnansweredReport {
        Checks.required(scope, "scope");
        Checks.required(asOf, "as of");
        cases = Checks.list(cases, "cases");
    }

    /** Unanswered cases per point id. */
    public SortedMap<String, Long> byPoint() {
        return tally(cases.stream().map(UnansweredCase::pointId).toList());
    }

    /** Unanswered cases per township code. */
    public SortedMap<String, Long> byTownship() {
        return tally(cases.stream().map(c -> c.township().value()).toList());
    }

    /** Unanswered cases per age band. */
    public Map<AgeBand, Long> byAge() {
        Map<AgeBand, Long> counts = new java.util.EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            counts.put(band, 0L);
        }
        cases.forEach(c -> counts.merge(c.ageBand(), 1L, Long::sum));
        return counts;
    }

    /** How many are past their deadline. */
    public long overdue() {
        return cases.stream().filter(UnansweredCase::overdue).count();
    }

    private static SortedMap<String, Long> tally(List<String> keys) {
        SortedMap<String, Long> counts = new TreeMap<>();
        keys.forEach(key -> counts.merge(key, 1L, Long::sum));
        return counts;
    }
}
