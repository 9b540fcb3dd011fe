package org.bianmin.catalogue.spi;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A source of official calendar years (国务院办公厅 holiday notices): which dates are public holidays
 * and which weekend dates are adjusted working days (调休). The catalogue ships the years it can
 * establish; a deployment registers one of these (or drops year files in the configured directory)
 * to add more or to override a year.
 */
@ConsumerType
public interface WorkingDayCalendar {
    /**
     * Whether {@code date} is a working day, or empty when this calendar does not cover its year
     * (then callers fail with {@code CALENDAR_NOT_COVERED} rather than guess).
     */
    Optional<Boolean> isWorkingDay(LocalDate date);
}
