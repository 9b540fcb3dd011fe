package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.CasePage;
import org.bianmin.proxy.LedgerAssignment;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.PageRequest;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ReportingPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Listings of cases come a page at a time, at most 500 cases, over at most 366 days. */
class CasePagesTest {
    private static final LedgerScope HEPING = LedgerScope.point("heping");
    private static final ReportingPeriod NOVEMBER = ReportingPeriod.of(LocalDate.of(2021, 11, 1),
            LocalDate.of(2021, 11, 30));

    private LedgerFixture fixture;
    private final List<String> received = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new LedgerFixture();
        for (int i = 0; i < 5; i++) {
            fixture.clock.set(LedgerFixture.at(2021, 11, 1 + i, 9));
            received.add(fixture.cases.receive(fixture.walkIn("heping", "zhang"), AGENT).id());
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void pagesFollowEachOtherToTheEnd() {
        List<String> seen = new ArrayList<>();
        PageRequest request = new PageRequest(0, 2);
        List<Integer> sizes = new ArrayList<>();
        while (request != null) {
            CasePage page = fixture.cases.cases(HEPING, NOVEMBER, request, AGENT);
            page.cases().stream().map(ProxyCase::id).forEach(seen::add);
            sizes.add(page.cases().size());
            request = page.next();
        }
        assertEquals(received, seen, "every case once, oldest first");
        assertEquals(List.of(2, 2, 1), sizes);
        CasePage exact = fixture.cases.cases(HEPING, NOVEMBER, new PageRequest(0, 5), AGENT);
        assertEquals(5, exact.cases().size());
        assertNull(exact.next(), "a page that ends with the last case has no next");
        assertEquals(received, fixture.cases.cases(HEPING, NOVEMBER, PageRequest.first(), AGENT).cases().stream()
                .map(ProxyCase::id).toList());
    }

    @Test
    void pageSizesAndPeriodsAreBounded() {
        refused(ErrorCode.INVALID_ARGUMENT, () -> new PageRequest(0, PageRequest.MAX_LIMIT + 1));
        refused(ErrorCode.INVALID_ARGUMENT, () -> new PageRequest(0, 0));
        refused(ErrorCode.INVALID_ARGUMENT, () -> new PageRequest(-1, 10));
        assertEquals(5, fixture.cases.cases(HEPING, ReportingPeriod.of(LocalDate.of(2021, 1, 1),
                LocalDate.of(2022, 1, 1)), PageRequest.first(), AGENT).cases().size(), "366 days are allowed");
        refused(ErrorCode.DATE_RANGE_INVALID, () -> fixture.cases.cases(HEPING, ReportingPeriod.of(
                LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 2)), PageRequest.first(), AGENT));
    }

    @Test
    void aPageOutsideTheCallersReachIsRefused() {
        Actor chuniAgent = Actor.of("agent.wang");
        fixture.points.assign(LedgerAssignment.agent(chuniAgent.id(), "chuni", "wang"), LedgerFixture.SUPERVISOR);
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.cases.cases(HEPING, NOVEMBER, PageRequest.first(), chuniAgent));
    }

    private static void refused(ErrorCode code, Executable call) {
        BianminException e = assertThrows(BianminException.class, call);
        assertEquals(code, e.code(), e::getMessage);
    }
}
