package org.bianmin.catalogue.internal.service;

import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.audit.spi.OutboxRecord;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.internal.calendar.CalendarWorkingDays;
import org.bianmin.catalogue.internal.calendar.OfficialCalendar;
import org.bianmin.catalogue.internal.demo.DemoCatalogue;
import org.bianmin.catalogue.internal.persistence.CatalogueStore;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.testing.TestDatabase;

/**
 * The catalogue's services on a fresh test database (H2, PostgreSQL or MariaDB as
 * {@code bianmin.test.db} says), with a mocked audit trail to check what is sent to it.
 */
final class CatalogueFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

    final TestDatabase db;
    final JpaUnit unit;
    final AuditTrail audit = mock(AuditTrail.class);
    final CatalogueEngine engine;
    final CatalogueItems catalogue;
    final CatalogueGrants grants;
    final CatalogueVersionsService versions;
    final CatalogueTransferService transfer;

    CatalogueFixture() {
        this(TestDatabase.create());
    }

    private CatalogueFixture(TestDatabase db) {
        this.db = db;
        this.unit = open(db);
        this.engine = engine(unit, audit);
        this.catalogue = new CatalogueItems(engine, new CalendarWorkingDays(java.util.List.of(OfficialCalendar.shipped())));
        this.grants = new CatalogueGrants(engine);
        this.versions = new CatalogueVersionsService(engine);
        this.transfer = new CatalogueTransferService(engine);
    }

    static JpaUnit open(TestDatabase db) {
        return JpaUnit.open(new JpaUnit.Settings("catalogue", db.dataSource(), "catalogue_schema_history",
                "org/bianmin/catalogue/internal/db", CatalogueStore.ENTITIES));
    }

    static CatalogueEngine engine(JpaUnit unit, AuditTrail audit) {
        integrateByAppending(audit);
        return new CatalogueEngine(unit, TimeSource.fixed(NOW), () -> audit, Duration.ofMillis(0));
    }

    /**
     * Makes the mock trail integrate an outbox the way the real one does: the waiting events in one
     * {@code appendAll}, then {@code integrated}; a trail that refuses leaves them waiting. A null
     * trail stays null: the engine then runs without one.
     */
    private static void integrateByAppending(AuditTrail audit) {
        if (audit == null || !org.mockito.Mockito.mockingDetails(audit).isMock()) {
            return;
        }
        org.mockito.Mockito.lenient().when(audit.integrate(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
            AuditOutbox outbox = call.getArgument(0);
            List<OutboxRecord> pending = outbox.pending(1_000);
            if (!pending.isEmpty()) {
                audit.appendAll(pending.stream().map(OutboxRecord::event).toList());
                outbox.integrated(pending.stream().map(OutboxRecord::id).toList());
            }
            return pending.size();
        });
    }

    /** The fixture with the demo catalogue imported. */
    static CatalogueFixture withDemo() {
        CatalogueFixture fixture = new CatalogueFixture();
        fixture.transfer.importJson(DemoCatalogue.json(), note("导入示例目录", LocalDate.of(2021, 9, 1)));
        org.mockito.Mockito.clearInvocations(fixture.audit);
        return fixture;
    }

    static ChangeNote note(String reason, LocalDate effective) {
        return new ChangeNote(Actor.of("county.admin.li"), reason, "《泸定县便民服务事项清单动态调整机制》", effective);
    }

    /** The number of rows of a table, read in plain SQL. */
    long rows(String table) {
        try (var connection = db.connect(); var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        unit.close();
        db.close();
    }
}
