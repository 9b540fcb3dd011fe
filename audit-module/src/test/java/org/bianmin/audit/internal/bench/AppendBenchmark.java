package org.bianmin.audit.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.internal.persistence.AuditStorage;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.audit.internal.trail.AuditTrailComponent;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.testing.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Appends per second through the persistent trail, one event per transaction and 100 per
 * transaction, on the embedded database (H2) and PostgreSQL, with connections from a pool
 * ({@link PooledDataSource}, as a deployment's pooling DataSourceFactory provides) or opened per transaction (a
 * plain DataSource). Target ≥ 2,000/s batched on PostgreSQL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AppendBenchmark {
    private static final int BATCH = 100;

    @Param({"H2", "POSTGRESQL"})
    public String database;

    @Param({"true", "false"})
    public boolean pooled;

    private TestDatabase db;
    private PooledDataSource pool;
    private JpaUnit unit;
    private AuditTrailComponent trail;
    private final List<AuditEvent> batch = new ArrayList<>();

    @Setup
    public void open() {
        db = TestDatabase.create(TestDatabase.Kind.valueOf(database));
        if (pooled) {
            pool = new PooledDataSource(db.dataSource());
        }
        unit = AuditStorage.open(pooled ? pool : db.dataSource());
        trail = new AuditTrailComponent(unit, BenchLog.KEY, TimeSource.system());
        for (int i = 0; i < BATCH; i++) {
            batch.add(BenchLog.event(i));
        }
    }

    @TearDown
    public void close() throws java.sql.SQLException {
        System.out.printf("%n%s: %d entries appended%n", database, trail.size());
        unit.close();
        if (pool != null) {
            pool.close();
        }
        db.close();
    }

    @Benchmark
    public AuditEntry single() {
        return trail.append(batch.get(0));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<AuditEntry> batched() {
        return trail.appendAll(batch);
    }
}
