package org.bianmin.audit.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.persistence.AuditStorage;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.audit.internal.trail.AuditTrailComponent;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.testing.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Inclusion-proof generation by the persistent trail for a 1,000,000-entry log on the embedded
 * database (H2): one transaction that reads the O(log n) stored subtrees it needs in one query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoredProofBenchmark {
    private TestDatabase db;
    private JpaUnit unit;
    private AuditTrailComponent trail;
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup
    public void fill() {
        db = TestDatabase.create(TestDatabase.Kind.H2);
        unit = AuditStorage.open(db.dataSource());
        trail = new AuditTrailComponent(unit, BenchLog.KEY, TimeSource.system());
        long started = System.nanoTime();
        for (int from = 0; from < ProofBenchmark.SIZE; from += AuditTrailComponent.MAX_BATCH) {
            List<AuditEvent> events = new ArrayList<>(AuditTrailComponent.MAX_BATCH);
            for (int n = from; n < from + AuditTrailComponent.MAX_BATCH; n++) {
                events.add(BenchLog.event(n));
            }
            trail.appendAll(events);
        }
        System.out.printf("%nH2: %d entries appended in %.1f s%n", trail.size(), (System.nanoTime() - started) / 1e9);
    }

    @TearDown
    public void close() {
        unit.close();
        db.close();
    }

    @Benchmark
    public InclusionProof storedInclusionProof() {
        return trail.inclusionProof(random.nextLong(ProofBenchmark.SIZE), ProofBenchmark.SIZE);
    }
}
