package org.bianmin.catalogue.spi;

import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when an official calendar year is loaded, so that deadlines computed provisionally for that
 * year can be recomputed (registered as a service; the proxy ledger is one).
 */
@ConsumerType
public interface CalendarListener {
    /**
     * The official notice of {@code year} is now loaded; {@code actor} loaded it. Called after the
     * year is stored; a failure is logged by the caller and does not undo the load.
     */
    void officialYearLoaded(int year, Actor actor);
}
