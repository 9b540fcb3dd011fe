package org.bianmin.catalogue;

import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The official calendar years behind {@link WorkingDays}: which are loaded, and loading a new one
 * while the platform runs (the State Council publishes each year's notice in the autumn before).
 */
@ProviderType
public interface CalendarYears {
    /** The official years and where the provisional ones start. */
    CalendarStatus status();

    /**
     * Loads (or replaces) an official year from the text of a year file (format in the catalogue
     * README). The file is validated whole — every date in its year, no date both a holiday and a
     * working day, the notice's document number present — and refused with
     * {@code CALENDAR_FILE_INVALID} naming the wrong line, with nothing changed. On success the year is
     * stored, audited, and the registered {@link org.bianmin.catalogue.spi.CalendarListener}s are told,
     * so that provisional deadlines are recomputed.
     *
     * @return the year as now held
     */
    CalendarYearStatus load(String yearFile, Actor actor);
}
