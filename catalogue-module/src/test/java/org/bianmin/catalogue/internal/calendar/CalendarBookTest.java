package org.bianmin.catalogue.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.spi.OutboxRecord;
import org.bianmin.catalogue.internal.persistence.CatalogueAuditOutbox;
import org.bianmin.internal.outbox.AuditOutboxTable;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.bianmin.catalogue.CalendarStatus;
import org.bianmin.catalogue.CalendarYearStatus;
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.internal.persistence.CatalogueStore;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.testing.SteppingClock;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** Loading official years while the platform runs: validation, storage, audit, listeners, other nodes. */
class CalendarBookTest {
    static final String YEAR_2027 = """
            # 国务院办公厅关于2027年部分节假日安排的通知 (a test notice)
            year 2027
            source 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号）
            holiday 2027-01-01..2027-01-03 元旦
            holiday 2027-02-05..2027-02-13 春节
            workday 2027-02-14 春节调休（周日上班）
            """;
    private static final Actor SUPERVISOR = Actor.of("supervisor.liu");

    private final TestDatabase db = TestDatabase.create();
    private final JpaUnit unit = JpaUnit.open(new JpaUnit.Settings("catalogue", db.dataSource(),
            "catalogue_schema_history", "org/bianmin/catalogue/internal/db", CatalogueStore.ENTITIES));
    private final SteppingClock clock = SteppingClock.atChina("2026-12-04T10:00");
    private final AuditTrail audit = mock(AuditTrail.class);
    private final List<CalendarBook.YearLoaded> announced = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        unit.close();
        db.close();
    }

    private CalendarBook book(Path directory) {
        return new CalendarBook(unit, directory, clock, Duration.ofSeconds(2), () -> audit, announced::add);
    }

    @Test
    void aLoadedYearIsOfficialAtOnceStoredAuditedAndAnnounced() {
        CalendarBook book = book(null);
        CalendarWorkingDays days = new CalendarWorkingDays(List.of(book));
        LocalDate received = LocalDate.of(2027, 2, 4);
        // By the rules alone: 春节 02-05 (除夕)..02-08, and 02-06, 02-07 fall on the weekend, made up on 02-09, 02-10
        assertEquals(new Deadline(LocalDate.of(2027, 2, 11), true), days.dueDate(received, 1));
        assertEquals(2027, book.status().provisionalFrom());

        CalendarYearStatus loaded = book.load(YEAR_2027, SUPERVISOR);

        assertEquals("loaded", loaded.origin());
        assertEquals(SUPERVISOR, loaded.loadedBy());
        assertEquals(clock.now(), loaded.loadedAt());
        assertEquals(new Deadline(LocalDate.of(2027, 2, 14), false), days.dueDate(received, 1),
                "the notice's holidays and its adjusted Sunday apply without a restart");
        CalendarStatus status = book.status();
        assertTrue(status.isOfficial(2027));
        assertEquals(2028, status.provisionalFrom());
        assertEquals(List.of(new CalendarBook.YearLoaded(2027, SUPERVISOR)), announced);
        verify(audit).integrate(any());
        List<OutboxRecord> waiting = outbox().pending(10);
        assertEquals(1, waiting.size(), "the load's event is in the catalogue's audit outbox");
        AuditEvent event = waiting.get(0).event();
        assertEquals(AuditEventType.CALENDAR_YEAR_LOADED, event.type());
        assertEquals("calendar 2027", event.subject());
        assertEquals(SUPERVISOR, event.actor());
        assertEquals(Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号）", "holidays", "12",
                "workdays", "1"), event.details(), "three days of 元旦 and nine of 春节; one adjusted Sunday");

        CalendarBook restarted = book(null);
        assertTrue(restarted.status().isOfficial(2027), "the loaded year survives a restart");
    }

    @Test
    void aBadFileIsRefusedWholeAndNothingIsStoredOrAnnounced() {
        CalendarBook book = book(null);
        BianminException e = assertThrows(BianminException.class,
                () -> book.load(YEAR_2027.replace("workday 2027-02-14", "workday 2027-02-15"), SUPERVISOR));
        assertEquals(ErrorCode.CALENDAR_FILE_INVALID, e.code());
        assertTrue(e.getMessage().contains("line 6"), e.getMessage());
        assertFalse(book(null).status().isOfficial(2027));
        assertTrue(announced.isEmpty());
        verify(audit, never()).integrate(any());
        assertEquals(List.of(), outbox().pending(10));
    }

    @Test
    void aLoadWhoseEventCannotBeWrittenLeavesTheYearUnloaded() throws Exception {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE catalogue_audit_outbox");
        }
        CalendarBook book = book(null);
        assertEquals(ErrorCode.STORAGE_FAILURE,
                assertThrows(BianminException.class, () -> book.load(YEAR_2027, SUPERVISOR)).code());
        assertFalse(book(null).status().isOfficial(2027));
        assertTrue(announced.isEmpty());
    }

    @Test
    void aTrailThatRefusesLeavesTheYearLoadedAndItsEventWaiting() {
        when(audit.integrate(any())).thenThrow(new BianminException(ErrorCode.STORAGE_FAILURE, "audit down"));
        book(null).load(YEAR_2027, SUPERVISOR);
        assertTrue(book(null).status().isOfficial(2027));
        assertEquals(List.of(AuditEventType.CALENDAR_YEAR_LOADED),
                outbox().pending(10).stream().map(record -> record.event().type()).toList());
    }

    private AuditOutboxTable outbox() {
        return new AuditOutboxTable(unit, CatalogueAuditOutbox.SOURCE);
    }

    @Test
    void anotherNodesLoadAndADirectoryFileArePickedUpAfterTheRefreshInterval(@TempDir Path dir) throws IOException {
        CalendarBook thisNode = book(dir);
        CalendarBook otherNode = book(null);
        otherNode.load(YEAR_2027, SUPERVISOR);
        announced.clear();
        assertFalse(thisNode.status().isOfficial(2027), "within the refresh interval the old view stands");
        clock.advance(Duration.ofSeconds(3));
        assertTrue(thisNode.status().isOfficial(2027));
        assertEquals(List.of(new CalendarBook.YearLoaded(2027, CalendarBook.SYSTEM)), announced);

        Files.writeString(dir.resolve("2028.calendar"), """
                year 2028
                source 国务院办公厅关于2028年部分节假日安排的通知（国办发明电〔2027〕5号）
                holiday 2028-01-01..2028-01-03 元旦
                """);
        clock.advance(Duration.ofSeconds(3));
        CalendarYearStatus year2028 = thisNode.status().official().stream().filter(s -> s.year() == 2028)
                .findFirst().orElseThrow();
        assertTrue(year2028.origin().startsWith("directory "), year2028.origin());
        assertNotNull(year2028.loadedAt());
        assertEquals(CalendarBook.SYSTEM, announced.get(announced.size() - 1).actor());
        assertEquals(2028, announced.get(announced.size() - 1).year());
    }

    @Test
    void aYearLoadedAheadLeavesTheGapProvisional() {
        CalendarBook book = book(null);
        book.load("""
                year 2030
                source 国务院办公厅关于2030年部分节假日安排的通知（国办发明电〔2029〕3号）
                holiday 2030-01-01 元旦
                """, SUPERVISOR);
        CalendarStatus status = book.status();
        assertTrue(status.isOfficial(2030));
        assertFalse(status.isOfficial(2027));
        assertEquals(2027, status.provisionalFrom(), "2027–2029 are still provisional");
    }

    @Test
    void theShippedYearsAreListedWithTheirNotices() {
        CalendarStatus status = book(null).status();
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025, 2026),
                status.official().stream().map(CalendarYearStatus::year).toList());
        assertTrue(status.official().stream().allMatch(s -> s.origin().equals("shipped") && s.source().contains("号")));
        assertEquals(2008, status.firstYear());
    }
}
