package org.bianmin.audit.internal.trail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.audit.internal.verify.AuditVerifier;
import org.bianmin.audit.internal.verify.AuditVerificationReport;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two platform nodes — two EntityManagerFactories on one shared server database — append from
 * many threads at once, singly and in batches, and publish checkpoints meanwhile. The log must come
 * out as one sequence 0..n-1 without gaps or duplicates, one tree, and every checkpoint a prefix of
 * it.
 */
class TwoNodeAppendTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 40;

    @Test
    void appendsFromTwoNodesSerialiseWithoutForksOrGaps() throws Exception {
        TestDatabase.Kind kind = TestDatabase.Kind.selected();
        assumeTrue(kind == TestDatabase.Kind.POSTGRESQL || kind == TestDatabase.Kind.MARIADB,
                "two platform nodes share a database server: run with -Dbianmin.test.db=postgresql (or mariadb);"
                        + " the embedded in-memory database lives inside one JVM");
        try (TestDatabase database = TestDatabase.create()) {
            JpaUnit first = TrailFixture.open(database);
            JpaUnit second = TrailFixture.open(database);
            try {
                AuditTrailComponent nodeA = new AuditTrailComponent(first, TrailFixture.KEY, TimeSource.system());
                AuditTrailComponent nodeB = new AuditTrailComponent(second, TrailFixture.KEY, TimeSource.system());
                Set<Long> sequences = new ConcurrentSkipListSet<>();
                List<Long> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    work.add(pool.submit(() -> {
                        start.await();
                        AuditTrailComponent node = thread % 2 == 0 ? nodeA : nodeB;
                        for (int round = 0; round < ROUNDS; round++) {
                            List<AuditEntry> appended = round % 4 == 0
                                    ? node.appendAll(List.of(event(thread, round, 0), event(thread, round, 1),
                                            event(thread, round, 2)))
                                    : List.of(node.append(event(thread, round, 0)));
                            for (AuditEntry entry : appended) {
                                if (!sequences.add(entry.sequence())) {
                                    duplicates.add(entry.sequence());
                                }
                            }
                            if (round % 10 == 9) {
                                node.publishCheckpoint();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : work) {
                    future.get(5, TimeUnit.MINUTES);
                }
                pool.shutdown();

                long expected = (long) THREADS * (ROUNDS / 4 * 3 + ROUNDS * 3 / 4);
                assertEquals(List.of(), duplicates, "no sequence number was handed out twice");
                assertEquals(expected, nodeA.size());
                assertEquals(expected, nodeB.size());
                assertEquals(expected, sequences.size());
                assertEquals(new TreeSet<>(sequences).last(), expected - 1, "no gaps: 0 to n-1");

                MemoryTree tree = new MemoryTree();
                for (long from = 0; from < expected; from += 1000) {
                    nodeB.entries(from, Math.min(expected, from + 1000)).forEach(entry -> tree.append(entry.leafHash()));
                }
                Checkpoint last = nodeA.publishCheckpoint();
                assertArrayEquals(tree.root(expected), last.rootHash(), "both nodes built one tree");
                List<Checkpoint> checkpoints = nodeB.checkpoints();
                assertTrue(checkpoints.size() >= 2);
                for (Checkpoint checkpoint : checkpoints) {
                    assertArrayEquals(tree.root(checkpoint.treeSize()), checkpoint.rootHash(),
                            "checkpoint " + checkpoint.treeSize() + " is a prefix of the one log");
                }
                ByteArrayOutputStream export = new ByteArrayOutputStream();
                nodeA.export(export);
                AuditVerificationReport report = new AuditVerifier(TrailFixture.KEY.publicKey())
                        .verifyExport(new ByteArrayInputStream(export.toByteArray()), List.of(), List.of());
                assertTrue(report.passed(), report.failures().toString());
                assertEquals(EntryCodec.line(nodeA.entry(expected - 1)), EntryCodec.line(nodeB.entry(expected - 1)));
            } finally {
                first.close();
                second.close();
            }
        }
    }

    private static AuditEvent event(int thread, int round, int item) {
        return TrailFixture.sealUsed(thread * 10_000 + round * 10 + item);
    }
}
