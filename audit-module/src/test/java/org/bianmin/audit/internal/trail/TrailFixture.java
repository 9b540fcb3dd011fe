package org.bianmin.audit.internal.trail;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.persistence.AuditStorage;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.testing.TestDatabase;

/** An audit trail on a fresh test database, with a key made for the run and a stepping clock. */
final class TrailFixture implements AutoCloseable {
    static final Pkcs12AuditKey KEY = Pkcs12AuditKey.ephemeral();

    final TestDatabase database;
    final JpaUnit unit;
    final AuditTrailComponent trail;
    private final AtomicLong tick = new AtomicLong();

    TrailFixture() {
        this(TestDatabase.create());
    }

    TrailFixture(TestDatabase database) {
        this(database, database.dataSource());
    }

    /** A trail on {@code dataSource}, a view of {@code database} (e.g. one that fails as a full disk does). */
    TrailFixture(TestDatabase database, DataSource dataSource) {
        this.database = database;
        this.unit = AuditStorage.open(dataSource);
        TimeSource clock = () -> Instant.parse("2026-11-26T08:00:00.123456789Z").plusSeconds(tick.incrementAndGet());
        this.trail = new AuditTrailComponent(unit, KEY, clock);
    }

    /** A unit of work on the audit tables of {@code database}, as one platform node opens it. */
    static JpaUnit open(TestDatabase database) {
        return AuditStorage.open(database.dataSource());
    }

    /** A seal-use event. */
    static AuditEvent sealUsed(int n) {
        return new AuditEvent(AuditEventType.SEAL_USED, Actor.of("township.clerk.wang"), "LD-SEAL-" + (n % 7),
                Map.of("document", "approval-" + n, "site", "兴隆镇便民服务中心"));
    }

    @Override
    public void close() {
        unit.close();
        database.close();
    }
}
