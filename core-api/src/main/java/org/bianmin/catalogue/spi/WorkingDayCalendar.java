package org.bianmin.catalogue.spi;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A year's official calendar (国务院办公厅 holiday notice): which dates are public holidays and
 * which weekend dates are adjusted working days (调休). A deployment adds years as notices appear.
 */
@ConsumerType
public interface WorkingDayCalendar {
    /**
     * Whether {@code date} is a working day, or empty when this calendar does not cover its year
     * (then callers fail with {@code CALENDAR_NOT_COVERED} rather than guess).
     */
    Optional<Boolean> isWorkingDay(LocalDate date);
}
