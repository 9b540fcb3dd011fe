package org.bianmin.catalogue.internal.calendar;

import org.bianmin.catalogue.CalendarYearStatus;

/**
 * An official year and where it came from.
 *
 * @param calendar its days
 * @param status   its notice, origin and loader
 */
public record OfficialYear(CalendarYear calendar, CalendarYearStatus status) {
}
