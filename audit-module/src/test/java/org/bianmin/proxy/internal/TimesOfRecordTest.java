package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.CaseTransition;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.UnansweredCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The ledger's times of record are the server's clock; a paper case entered late keeps its paper
 * time within the window (30 days here), with a reason, and is flagged in the reports.
 */
class TimesOfRecordTest {
    private LedgerFixture fixture;
    private Instant now;

    @BeforeEach
    void open() {
        fixture = new LedgerFixture();
        now = fixture.clock.get();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aReceiptIsRecordedAtTheServersTime() {
        ProxyCase nearly = fixture.cases.receive(sentAt(now.minusSeconds(120)), AGENT);
        assertEquals(now, nearly.receivedAt(), "a time two minutes off is replaced by the server's");
        assertFalse(nearly.recordedLate());
        assertNull(nearly.lateReason());

        BianminException backdated = refused(ErrorCode.INVALID_ARGUMENT, () -> fixture.cases.receive(
                sentAt(now.minus(Duration.ofHours(1))), AGENT));
        assertTrue(backdated.getMessage().contains("entered late"), backdated.getMessage());
        refused(ErrorCode.INVALID_ARGUMENT, () -> fixture.cases.receive(
                sentAt(now.plus(Duration.ofHours(1))), AGENT));
        assertEquals(1, fixture.cases.caseCount(), "nothing was written for the refused receipts");
    }

    @Test
    void aPaperCaseEnteredLateKeepsItsPaperTimeAndIsFlagged() {
        Instant paper = now.minus(Duration.ofDays(3));
        ProxyCase late = fixture.cases.receive(fixture.walkIn("heping", "zhang")
                .enteredLate(paper, "停电，纸质登记后补录"), AGENT);
        assertEquals(paper, late.receivedAt());
        assertTrue(late.recordedLate());
        assertEquals("停电，纸质登记后补录", late.lateReason());
        CaseTransition receipt = fixture.cases.history(late.id()).get(0);
        assertEquals(now, receipt.at(), "the move is recorded at the server's time");
        assertTrue(receipt.note().contains("entered late, the paper shows " + paper), receipt.note());

        ProxyCase onTime = fixture.cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
        LocalDate today = LocalDate.ofInstant(now, LedgerFixture.CHINA);
        java.util.Map<String, UnansweredCase> report = new java.util.HashMap<>();
        fixture.reports.unanswered(LedgerScope.point("heping"), today).cases()
                .forEach(c -> report.put(c.caseId(), c));
        assertTrue(report.get(late.id()).recordedLate());
        assertEquals(3, report.get(late.id()).ageDays(), "its age counts from the paper's day");
        assertFalse(report.get(onTime.id()).recordedLate());

        String csv = fixture.cases.exportCsv(LedgerScope.point("heping"),
                ReportingPeriod.of(today.minusDays(30), today));
        assertTrue(csv.startsWith(LedgerCsv.HEADER), csv);
        assertTrue(LedgerCsv.HEADER.endsWith(",recorded_late,late_reason"), LedgerCsv.HEADER);
        assertTrue(csv.contains(",1,停电，纸质登记后补录\r\n"), csv);
        assertTrue(csv.contains(",0,\r\n"), csv);
    }

    @Test
    void aLateEntryIsBoundedAndNeedsAReason() {
        refused(ErrorCode.LATE_ENTRY_INVALID, () -> fixture.cases.receive(fixture.walkIn("heping", "zhang")
                .enteredLate(now.plusSeconds(60), "补录"), AGENT));
        BianminException old = refused(ErrorCode.LATE_ENTRY_INVALID, () -> fixture.cases.receive(
                fixture.walkIn("heping", "zhang").enteredLate(now.minus(Duration.ofDays(30)).minusSeconds(1), "补录"),
                AGENT));
        assertTrue(old.getMessage().contains("late.entry.max.days"), old.getMessage());
        refused(ErrorCode.INVALID_ARGUMENT, () -> fixture.walkIn("heping", "zhang").enteredLate(now, " "));
        assertEquals(0, fixture.cases.caseCount());

        ProxyCase edge = fixture.cases.receive(fixture.walkIn("heping", "zhang")
                .enteredLate(now.minus(Duration.ofDays(30)), "补录"), AGENT);
        assertTrue(edge.recordedLate(), "exactly the window back is still allowed");
    }

    @Test
    void anAnswerIsRecordedAtTheServersTime() {
        String id = fixture.cases.receive(fixture.walkIn("heping", "zhang"), AGENT).id();
        fixture.cases.check(id, Set.copyOf(LedgerFixture.MATERIALS), AGENT);
        fixture.cases.forward(id, AGENT);
        fixture.cases.startHandling(id, LedgerFixture.CENTRE);
        fixture.cases.complete(id, "已办结", LedgerFixture.CENTRE);
        fixture.clock.set(now.plus(Duration.ofDays(1)));
        refused(ErrorCode.INVALID_ARGUMENT, () -> fixture.cases.answer(id, AnswerMethod.PHONE, now, AGENT));
        assertEquals(CaseState.DONE, fixture.cases.findCase(id).state());

        fixture.cases.answer(id, AnswerMethod.PHONE, null, AGENT);
        CaseTransition answer = fixture.cases.history(id).get(5);
        assertEquals(CaseState.ANSWERED, answer.to());
        assertEquals(now.plus(Duration.ofDays(1)), answer.at());
        assertTrue(answer.note().endsWith(" at " + now.plus(Duration.ofDays(1))), answer.note());
    }

    /** A walk-in at 和平村 whose caller sends {@code receivedAt}, not a late entry. */
    private NewCase sentAt(Instant receivedAt) {
        NewCase c = fixture.walkIn("heping", "zhang");
        return new NewCase(c.pointId(), c.agentId(), c.applicant(), c.itemCode(), receivedAt, c.channel(), c.needs(),
                c.services());
    }

    private static BianminException refused(ErrorCode code, Executable call) {
        BianminException e = assertThrows(BianminException.class, call);
        assertEquals(code, e.code(), e::getMessage);
        return e;
    }
}
