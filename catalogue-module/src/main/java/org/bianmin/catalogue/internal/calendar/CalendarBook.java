package org.bianmin.catalogue.internal.calendar;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.CalendarStatus;
import org.bianmin.catalogue.CalendarYearStatus;
import org.bianmin.catalogue.CalendarYears;
import org.bianmin.catalogue.internal.persistence.CalendarYearEntity;
import org.bianmin.catalogue.internal.persistence.CatalogueAuditOutbox;
import org.bianmin.catalogue.spi.WorkingDayCalendar;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.outbox.AuditOutboxTable;
import org.bianmin.internal.outbox.AuditOutboxWriter;
import org.bianmin.internal.persistence.JpaUnit;

/**
 * The official years as they stand (shipped, the configured directory, loaded into the database) and
 * loading a new one. Another node's load and a file dropped into the directory are picked up at the
 * next use after the refresh interval; every year that becomes official, by whichever path, is
 * announced once to the {@code announce} consumer (which tells the
 * {@link org.bianmin.catalogue.spi.CalendarListener}s).
 */
public final class CalendarBook implements CalendarYears, WorkingDayCalendar {
    /** Who announces years that arrive through the directory or from another node. */
    static final Actor SYSTEM = Actor.of("system");

    private final JpaUnit unit;
    private final Path directory;
    private final TimeSource clock;
    private final Duration refreshInterval;
    private final AuditOutboxWriter audit;
    private final Consumer<YearLoaded> announce;
    private final Map<Integer, OfficialYear> shipped = OfficialCalendar.loadShipped();

    private volatile OfficialCalendar current;
    private volatile Instant checkedAt = Instant.MIN;

    /** A year that became official, and who made it so. */
    public record YearLoaded(int year, Actor actor) {
    }

    /**
     * @param unit            the catalogue's database
     * @param directory       the deployment's folder of year files, or null
     * @param clock           the time source
     * @param refreshInterval how long one view of the sources is used before they are looked at again
     * @param audit           gives the audit trail registered at each load, or null while none is; a
     *                        load's event goes into the catalogue's audit outbox in the load's
     *                        transaction, and the trail integrates it after the commit
     * @param announce        told of every year that becomes official
     */
    public CalendarBook(JpaUnit unit, Path directory, TimeSource clock, Duration refreshInterval,
            Supplier<AuditTrail> audit, Consumer<YearLoaded> announce) {
        this.unit = Checks.required(unit, "persistence unit");
        this.directory = directory;
        this.clock = Checks.required(clock, "time source");
        this.refreshInterval = Checks.required(refreshInterval, "refresh interval");
        this.audit = new AuditOutboxWriter(unit, new AuditOutboxTable(unit, CatalogueAuditOutbox.SOURCE), audit,
                clock);
        this.announce = announce == null ? loaded -> { } : announce;
        this.current = read();
        this.checkedAt = clock.now();
    }

    @Override
    public Optional<Boolean> isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    @Override
    public CalendarStatus status() {
        List<CalendarYearStatus> official = calendar().statuses();
        Set<Integer> years = new HashSet<>();
        official.forEach(status -> years.add(status.year()));
        int first = official.isEmpty() ? ProvisionalCalendar.firstYear() : official.get(0).year();
        int provisionalFrom = first;
        while (years.contains(provisionalFrom)) {
            provisionalFrom++;
        }
        return new CalendarStatus(official, provisionalFrom, ProvisionalCalendar.firstYear());
    }

    @Override
    public CalendarYearStatus load(String yearFile, Actor actor) {
        Checks.required(actor, "actor");
        CalendarYear year = CalendarFile.parse(yearFile, "upload");
        Instant now = clock.now();
        unit.inTransaction(em -> {
            CalendarYearEntity row = new CalendarYearEntity(year.year(), year.source(), yearFile, now, actor);
            em.merge(row);
            em.flush();
            audit.write(em, new AuditEvent(AuditEventType.CALENDAR_YEAR_LOADED, actor, "calendar " + year.year(),
                    Map.of("source", year.source(), "holidays", String.valueOf(year.holidays().size()),
                            "workdays", String.valueOf(year.workdays().size()))));
            return row;
        });
        refresh(actor);
        return calendar().year(year.year()).orElseThrow().status();
    }

    private OfficialCalendar calendar() {
        if (clock.now().isAfter(checkedAt.plus(refreshInterval))) {
            refresh(SYSTEM);
        }
        return current;
    }

    private synchronized void refresh(Actor actor) {
        OfficialCalendar before = current;
        OfficialCalendar after = read();
        current = after;
        checkedAt = clock.now();
        Set<Integer> added = new HashSet<>();
        for (CalendarYearStatus status : after.statuses()) {
            Optional<OfficialYear> earlier = before.year(status.year());
            if (earlier.isEmpty() || !earlier.get().calendar().equals(after.year(status.year()).orElseThrow().calendar())) {
                added.add(status.year());
            }
        }
        added.stream().sorted().forEach(year -> announce.accept(new YearLoaded(year, actor)));
    }

    private OfficialCalendar read() {
        Map<Integer, OfficialYear> loaded = new TreeMap<>();
        unit.run(em -> em.createQuery("SELECT c FROM CalendarYearEntity c", CalendarYearEntity.class)
                .getResultList().forEach(row -> {
                    CalendarYear year = CalendarFile.parse(row.yearFile(), "stored year " + row.year());
                    loaded.put(year.year(), new OfficialYear(year, new CalendarYearStatus(year.year(), year.source(),
                            "loaded", row.loadedAt(), row.loadedBy())));
                }));
        return OfficialCalendar.of(List.of(shipped, OfficialCalendar.loadDirectory(directory), loaded));
    }
}
