package org.bianmin.audit.internal.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.audit.spi.OutboxRecord;
import org.bianmin.audit.internal.verify.AuditVerifier;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.outbox.AuditOutboxTable;
import org.bianmin.internal.outbox.AuditOutboxWriter;
import org.bianmin.internal.persistence.JpaUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A module's changes write their audit events into the module's outbox in their own transaction;
 * the trail integrates them in order, exactly once, also when it stops between its commit and
 * telling the outbox. Runs on H2, and on PostgreSQL and MariaDB with {@code -Dbianmin.test.db}.
 */
class OutboxIntegrationTest {
    private static final Actor CLERK = Actor.of("village.clerk.liu");

    private final TrailFixture fixture = new TrailFixture();
    private final JpaUnit village = JpaUnit.open(new JpaUnit.Settings("village", fixture.database.dataSource(),
            "village_schema_history", "org/bianmin/audit/internal/trail/outbox", List.of()));
    private final AuditOutboxTable outbox = new AuditOutboxTable(village, "village");
    private final TimeSource clock = () -> Instant.parse("2026-11-26T08:00:00Z");

    @AfterEach
    void close() {
        village.close();
        fixture.close();
    }

    @Test
    void aCommittedChangeIsInTheLogWhenItsOperationReturns() {
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> fixture.trail, clock);
        change(writer, "case-1", "case-1a");
        assertEquals(List.of("case-1", "case-1a"), subjects(0, 2), "both events of the transaction, in order");
        assertEquals(List.of(), outbox.pending(10), "the outbox was told they are integrated");
        AuditEntry entry = fixture.trail.entry(0);
        assertEquals(CLERK, entry.actor());
        assertEquals("{\"caseNumber\":\"case-1\"}", entry.payloadJson());
    }

    @Test
    void aChangeThatRollsBackAfterWritingItsEventLeavesNoEntry() {
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> fixture.trail, clock);
        BianminException refused = assertThrows(BianminException.class, () -> village.run(manager -> {
            record(manager, "case-2");
            writer.write(manager, event("case-2"));
            throw BianminException.invalid("the change is refused after its event was written");
        }));
        assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code());
        assertEquals(0, fixture.trail.integrate(outbox));
        assertEquals(0, fixture.trail.size());
        assertEquals(List.of(), outbox.pending(10));
        assertEquals(0L, rows("village_record"), "the change itself rolled back too");
    }

    @Test
    void eventsWrittenWhileNoTrailIsThereWaitAndAreIntegratedLater() {
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> null, clock);
        change(writer, "case-3");
        change(writer, "case-4");
        assertEquals(0, fixture.trail.size());
        assertEquals(2, outbox.pending(10).size());
        assertEquals(2, fixture.trail.integrate(outbox));
        assertEquals(List.of("case-3", "case-4"), subjects(0, 2));
        assertEquals(0, fixture.trail.integrate(outbox), "a second pass finds nothing");
    }

    @Test
    void anIntegrationStoppedAfterTheTrailCommittedAppendsTheEntryOnceAfterRestart() {
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> null, clock);
        change(writer, "case-5");
        AuditOutbox stopsBeforeTelling = new AuditOutbox() {
            @Override
            public String source() {
                return outbox.source();
            }

            @Override
            public List<OutboxRecord> pending(int max) {
                return outbox.pending(max);
            }

            @Override
            public void integrated(List<Long> ids) {
                throw new IllegalStateException("the process stopped after the trail's commit");
            }
        };
        assertThrows(IllegalStateException.class, () -> fixture.trail.integrate(stopsBeforeTelling));
        assertEquals(1, fixture.trail.size(), "the trail's transaction committed");
        assertEquals(1, outbox.pending(10).size(), "the outbox was never told");

        // the restart: a new trail on a new persistence unit over the same database
        try (JpaUnit restarted = TrailFixture.open(fixture.database)) {
            AuditTrailComponent trail = new AuditTrailComponent(restarted, TrailFixture.KEY, TimeSource.system());
            assertEquals(0, trail.integrate(outbox), "the record was integrated before: not appended again");
            assertEquals(List.of(), outbox.pending(10), "but now the outbox knows");
            assertEquals(1, trail.size());
            assertEquals("case-5", trail.entry(0).subject());
            change(writer, "case-6");
            assertEquals(1, trail.integrate(outbox));
            assertEquals(List.of("case-5", "case-6"), subjects(trail, 0, 2));
        }
    }

    @Test
    void aLowerIdThatCommitsLaterIsIntegratedByALaterPass() throws Exception {
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> null, clock);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = slow.submit(() -> village.run(manager -> {
                writer.write(manager, event("case-7"));
                written.countDown();
                await(commit);
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS));
            change(writer, "case-8"); // a higher id, committed first
            assertEquals(1, fixture.trail.integrate(outbox), "only the committed record");
            commit.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertEquals(1, fixture.trail.integrate(outbox), "the lower id, now committed");
            assertEquals(List.of("case-8", "case-7"), subjects(0, 2), "each once, in the order they committed");
        } finally {
            slow.shutdownNow();
        }
    }

    @Test
    void aPassTakesTheOutboxInIdOrderAcrossBatches() {
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> null, clock);
        int count = OutboxIntegrator.BATCH + 3;
        village.run(manager -> {
            for (int i = 0; i < count; i++) {
                writer.write(manager, event("case-" + i));
            }
        });
        assertEquals(count, fixture.trail.integrate(outbox));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add("case-" + i);
        }
        assertEquals(expected, subjects(0, count));
    }

    @Test
    void changesFromManyThreadsEachHaveExactlyOneEntryAndTheLogVerifies() throws Exception {
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> fixture.trail, TimeSource.system());
        int threads = 6;
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        change(writer, "case-" + thread + "-" + r);
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // what committed during an integration's last pass waits for the trail's periodic pass
        fixture.trail.integrate(outbox);
        int total = threads * rounds;
        assertEquals(total, fixture.trail.size());
        List<String> subjects = subjects(0, total);
        assertEquals(total, subjects.stream().distinct().count(), "no event twice: " + subjects);
        assertEquals(List.of(), outbox.pending(10));
        fixture.trail.publishCheckpoint();
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        fixture.trail.export(export);
        try {
            assertTrue(new AuditVerifier(TrailFixture.KEY.publicKey())
                    .verifyExport(new ByteArrayInputStream(export.toByteArray()), List.of(), List.of()).passed());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A change that commits while another's integration is under way returns without waiting for
     * it: that integration runs once more and takes its event too, before it returns.
     */
    @Test
    void aChangeCommittedDuringAnotherIntegrationLeavesItsEventToItAndDoesNotWait() throws Exception {
        CountDownLatch integrating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger passes = new AtomicInteger();
        AuditTrail held = mock(AuditTrail.class);
        when(held.integrate(any())).thenAnswer(call -> {
            if (passes.incrementAndGet() == 1) {
                integrating.countDown();
                assertTrue(release.await(30, TimeUnit.SECONDS));
            }
            return fixture.trail.integrate(call.getArgument(0));
        });
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> held, clock);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> held1 = first.submit(() -> change(writer, "case-held"));
            assertTrue(integrating.await(30, TimeUnit.SECONDS));

            change(writer, "case-meanwhile");

            assertEquals(1, passes.get(), "the second change did not wait for the first's integration");
            assertFalse(held1.isDone());
            release.countDown();
            held1.get(30, TimeUnit.SECONDS);
        } finally {
            first.shutdownNow();
        }
        assertEquals(2, passes.get(), "the first integration ran once more for the second change");
        assertEquals(List.of("case-held", "case-meanwhile"), subjects(0, 2));
        assertEquals(List.of(), outbox.pending(10));
    }

    /**
     * The integration under way runs once more for what committed during its first pass, and no
     * more: what commits during that second pass waits in the outbox for the next integration.
     */
    @Test
    void anIntegrationRunsOnceMoreForOthersAndNoMore() throws Exception {
        List<CountDownLatch> started = List.of(new CountDownLatch(1), new CountDownLatch(1));
        List<CountDownLatch> release = List.of(new CountDownLatch(1), new CountDownLatch(1));
        AtomicInteger passes = new AtomicInteger();
        AuditTrail held = mock(AuditTrail.class);
        when(held.integrate(any())).thenAnswer(call -> {
            int pass = passes.getAndIncrement();
            int appended = fixture.trail.integrate(call.getArgument(0));
            if (pass < 2) {
                started.get(pass).countDown();
                assertTrue(release.get(pass).await(30, TimeUnit.SECONDS));
            }
            return appended;
        });
        AuditOutboxWriter writer = new AuditOutboxWriter(village, outbox, () -> held, clock);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> integrating = first.submit(() -> change(writer, "case-first"));
            assertTrue(started.get(0).await(30, TimeUnit.SECONDS));
            change(writer, "case-during-first-pass");
            release.get(0).countDown();
            assertTrue(started.get(1).await(30, TimeUnit.SECONDS));
            change(writer, "case-during-second-pass");
            release.get(1).countDown();
            integrating.get(30, TimeUnit.SECONDS);
        } finally {
            first.shutdownNow();
        }
        assertEquals(2, passes.get(), "two passes, however many committed meanwhile");
        assertEquals(List.of("case-first", "case-during-first-pass"), subjects(0, 2));
        assertEquals(List.of("case-during-second-pass"),
                outbox.pending(10).stream().map(record -> record.event().subject()).toList(),
                "left to the next integration");
        assertEquals(1, fixture.trail.integrate(outbox), "the trail's periodic pass takes it");
    }

    /** One change of the village ledger: a record and its audit events, in one transaction. */
    private void change(AuditOutboxWriter writer, String... subjects) {
        village.run(manager -> {
            record(manager, subjects[0]);
            for (String subject : subjects) {
                writer.write(manager, event(subject));
            }
        });
    }

    private static void record(jakarta.persistence.EntityManager manager, String id) {
        manager.createNativeQuery("INSERT INTO village_record (record_id) VALUES (?)").setParameter(1, id)
                .executeUpdate();
    }

    private long rows(String table) {
        return village.inTransaction(manager -> ((Number) manager.createNativeQuery("SELECT COUNT(*) FROM " + table)
                .getSingleResult()).longValue());
    }

    private static AuditEvent event(String subject) {
        return new AuditEvent(AuditEventType.PROXY_CASE_TRANSITION, CLERK, subject, Map.of("caseNumber", subject));
    }

    private List<String> subjects(long from, long to) {
        return subjects(fixture.trail, from, to);
    }

    private static List<String> subjects(AuditTrailComponent trail, long from, long to) {
        return trail.entries(from, to).stream().map(AuditEntry::subject).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not let the transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
