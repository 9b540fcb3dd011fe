package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.AGENT;
import static org.bianmin.proxy.internal.LedgerFixture.MATERIALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.Visit;
import org.bianmin.testing.DatabaseFaults;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The proxy ledger on a database whose disk is full (PostgreSQL's SQLSTATE 53100 on a write or at
 * commit): receiving a case, a transition and a visit are each refused whole with
 * {@code STORAGE_FAILURE} saying so, no case, transition, visit or audit event is written or sent,
 * and with space again the same operations succeed.
 */
class FullDiskLedgerTest {
    @Test
    void everyWriteIsRefusedWholeWhileTheDatabaseDiskIsFull() {
        AtomicBoolean full = new AtomicBoolean();
        TestDatabase database = TestDatabase.create();
        try (database; LedgerFixture fixture = new LedgerFixture(
                DatabaseFaults.diskFullWhile(database.dataSource(), full::get))) {
            ProxyCase received = fixture.cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
            Map<String, Long> before = rows(fixture);
            clearInvocations(fixture.trail);

            full.set(true);
            DatabaseFaults.assertEachRefusedForFullDisk(List.of(
                    () -> fixture.cases.receive(fixture.walkIn("heping", "zhang"), AGENT),
                    () -> fixture.cases.check(received.id(), Set.copyOf(MATERIALS), AGENT),
                    () -> fixture.cases.recordVisit(new Visit(received.id(), fixture.clock.get(), "咨询进度"), AGENT)));
            full.set(false);

            assertEquals(before, rows(fixture), "nothing of the refused writes is in any table");
            verify(fixture.trail, never()).append(any());
            assertEquals(CaseState.RECEIVED, fixture.cases.findCase(received.id()).state());
            assertEquals(CaseState.CHECKED, fixture.cases.check(received.id(), Set.copyOf(MATERIALS), AGENT).state());
            fixture.cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
            assertEquals(before.get("proxy_case") + 1, fixture.count("proxy_case"), "with space again, it receives");
        }
    }

    private static Map<String, Long> rows(LedgerFixture fixture) {
        return Map.of("proxy_case", fixture.count("proxy_case"),
                "proxy_transition", fixture.count("proxy_transition"),
                "proxy_visit", fixture.count("proxy_visit"),
                "proxy_audit_outbox", fixture.count("proxy_audit_outbox"));
    }
}
