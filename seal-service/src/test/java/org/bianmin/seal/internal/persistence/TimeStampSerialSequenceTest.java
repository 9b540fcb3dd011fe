package org.bianmin.seal.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The time-stamp serial sequence (migration V4) on the database {@code bianmin.test.db} selects (H2,
 * PostgreSQL, MariaDB): two nodes, each its own persistence unit on one database, taking serials at
 * the same moment never take the same one.
 */
class TimeStampSerialSequenceTest {
    private static final int THREADS = 8;
    private static final int TAKES = 200;

    @Test
    void twoNodesNeverTakeTheSameSerial() throws Exception {
        try (TestDatabase database = TestDatabase.create();
                SealStore nodeA = SealStore.open(database.dataSource());
                SealStore nodeB = SealStore.open(database.dataSource())) {
            assertEquals(1, nodeA.nextTimeStampSerial(), "the sequence starts at 1");
            Set<Long> taken = ConcurrentHashMap.newKeySet();
            taken.add(1L);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < TAKES; i++) {
                SealStore node = i % 2 == 0 ? nodeA : nodeB;
                Callable<Long> take = () -> {
                    start.await();
                    return node.nextTimeStampSerial();
                };
                futures.add(pool.submit(take));
            }
            start.countDown();
            for (Future<Long> future : futures) {
                taken.add(future.get());
            }
            pool.shutdown();
            assertEquals(TAKES + 1, taken.size(), "every serial distinct");
            assertEquals(TAKES + 2, nodeB.nextTimeStampSerial(), "no number skipped: " + database.kind());
        }
    }
}
