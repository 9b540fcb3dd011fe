package org.bianmin.proxy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.catalogue.Deadline;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.CaseTransition;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.ServiceIndicators;
import org.bianmin.proxy.UnansweredCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A case checked in December gets a deadline in a year whose holiday notice is not loaded: it moves on,
 * its deadline says it is provisional, and loading the notice recomputes it with a line in its history
 * and an audit event.
 */
class ProvisionalDeadlineTest {
    private static final Actor SUPERVISOR = Actor.of("supervisor.liu");
    private static final LedgerScope XINGLONG = LedgerScope.township(DivisionCode.of("513322102"));

    private LedgerFixture fixture;
    private ProxyCasesComponent cases;
    private ProxyReportsComponent reports;

    @BeforeEach
    void open() {
        fixture = new LedgerFixture();
        cases = fixture.cases;
        reports = fixture.reports;
        fixture.clock.set(LedgerFixture.at(2026, 12, 29, 10));
        // the calendar as it stands before the 2027 notice: a deadline in 2027 is provisional
        doReturn(new Deadline(LocalDate.of(2027, 1, 6), true)).when(fixture.catalogue).deadline(any(), anyInt());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ProxyCase checkedCase() {
        ProxyCase received = cases.receive(fixture.walkIn("heping", "zhang"), LedgerFixture.AGENT);
        return cases.check(received.id(), Set.copyOf(LedgerFixture.MATERIALS), LedgerFixture.AGENT);
    }

    @Test
    void aProvisionalDeadlineIsSaidSoInTheCaseTheReportsAndTheIndicators() {
        ProxyCase checked = checkedCase();
        assertEquals(CaseState.CHECKED, checked.state());
        assertEquals(LocalDate.of(2027, 1, 6), checked.deadline());
        assertTrue(checked.deadlineProvisional());
        assertTrue(cases.history(checked.id()).get(1).note().contains("provisional"));

        UnansweredCase listed = reports.unanswered(XINGLONG, LocalDate.of(2027, 1, 8)).cases().get(0);
        assertTrue(listed.deadlineProvisional());
        assertTrue(listed.overdue());
        fixture.clock.set(LedgerFixture.at(2027, 1, 8, 10));
        ServiceIndicators indicators = reports.indicators(XINGLONG,
                ReportingPeriod.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(1, indicators.onTime().of());
        assertEquals(1, indicators.onTimeProvisional(), "K-ONTIME counts a provisional deadline and says so");
    }

    @Test
    void loadingTheNoticeRecomputesOpenProvisionalDeadlinesOnceWithHistoryAndAudit() {
        ProxyCase open = checkedCase();
        ProxyCase done = checkedCase();
        cases.forward(done.id(), LedgerFixture.AGENT);
        cases.startHandling(done.id(), LedgerFixture.AGENT);
        cases.complete(done.id(), "准予", LedgerFixture.AGENT);
        // the notice moves a day: the count from 12-29 now ends on 01-07, final
        doReturn(new Deadline(LocalDate.of(2027, 1, 7), false)).when(fixture.catalogue)
                .deadline(LocalDate.of(2026, 12, 29), 5);

        List<ProxyCase> changed = cases.recomputeProvisionalDeadlines(2027, SUPERVISOR);

        assertEquals(List.of(open.id()), changed.stream().map(ProxyCase::id).toList(),
                "only the case without a result is recomputed");
        ProxyCase after = cases.findCase(open.id());
        assertEquals(LocalDate.of(2027, 1, 7), after.deadline());
        assertFalse(after.deadlineProvisional());
        assertEquals(CaseState.CHECKED, after.state(), "recomputing does not move the case");
        List<CaseTransition> history = cases.history(open.id());
        CaseTransition line = history.get(history.size() - 1);
        assertEquals(SUPERVISOR, line.actor());
        assertEquals(CaseState.CHECKED, line.from());
        assertEquals(CaseState.CHECKED, line.to());
        assertTrue(line.note().contains("2027-01-06 → 2027-01-07"), line.note());
        assertTrue(line.note().contains("2027 holiday notice"), line.note());
        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(fixture.trail, atLeastOnce()).append(events.capture());
        AuditEvent recomputed = events.getAllValues().stream()
                .filter(e -> e.type() == AuditEventType.PROXY_DEADLINE_RECOMPUTED).findFirst().orElseThrow();
        assertEquals(open.id(), recomputed.subject());
        assertEquals("2027-01-06", recomputed.details().get("from"));
        assertEquals("2027-01-07", recomputed.details().get("to"));

        int lines = history.size();
        assertEquals(List.of(), cases.recomputeProvisionalDeadlines(2027, SUPERVISOR), "a second run changes nothing");
        assertEquals(lines, cases.history(open.id()).size());
    }
}
