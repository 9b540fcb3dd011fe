package org.bianmin.catalogue;

import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * One official calendar year as the catalogue holds it: the State Council notice it comes from and
 * who loaded it.
 *
 * @param year     the year
 * @param source   the notice, with its document number (e.g. 国办发明电〔2025〕7号)
 * @param origin   where it was loaded from: {@code shipped} (built into the bundle), the file of the
 *                 configured directory, or {@code loaded} (Gogo or REST)
 * @param loadedAt when it was loaded; null for a shipped year
 * @param loadedBy who loaded it; null for a shipped or directory year
 */
public record CalendarYearStatus(int year, String source, String origin, Instant loadedAt, Actor loadedBy) {
    public CalendarYearStatus {
        source = Checks.text(source, "source");
        origin = Checks.text(origin, "origin");
    }
}
