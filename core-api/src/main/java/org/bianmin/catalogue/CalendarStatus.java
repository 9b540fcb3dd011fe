package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * Which calendar years are official and which are provisional (see {@link Deadline#provisional()}).
 *
 * @param official        the years whose State Council notice is loaded, in order
 * @param provisionalFrom the first year without a notice after the earliest official one: from it on,
 *                        every year not listed in {@code official} is reckoned provisionally from the
 *                        statutory rules
 * @param firstYear       the earliest year the rules cover; earlier dates fail with {@code CALENDAR_NOT_COVERED}
 */
public record CalendarStatus(List<CalendarYearStatus> official, int provisionalFrom, int firstYear) {
    public CalendarStatus {
        official = Checks.list(official, "official years");
    }

    /** Whether {@code year} is reckoned from its official notice. */
    public boolean isOfficial(int year) {
        return official.stream().anyMatch(status -> status.year() == year);
    }
}
