package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.AGENT;
import static org.bianmin.proxy.internal.LedgerFixture.CENTRE;
import static org.bianmin.proxy.internal.LedgerFixture.ID;
import static org.bianmin.proxy.internal.LedgerFixture.MATERIALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.Ratio;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.internal.persistence.Dialect;
import org.junit.jupiter.api.Test;

/** The proxy ledger's migration, case flow, personal data and reports on embedded Apache Derby (Open Liberty's default). */
class DerbyLedgerTest {
    @Test
    void theLedgerRunsOnDerby() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:proxy-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        try (LedgerFixture fixture = new LedgerFixture(derby)) {
            ProxyCasesComponent cases = fixture.cases;
            ProxyReportsComponent reports = fixture.reports;
            assertEquals(Dialect.DERBY, fixture.unit.dialect());

            fixture.setClock(2021, 11, 1);
            String id = cases.receive(fixture.walkIn("heping", "zhang"), AGENT).id();
            assertEquals(CaseState.RETURNED, cases.check(id, Set.of(), AGENT).state());
            cases.resubmit(id, AGENT);
            assertEquals(LocalDate.of(2021, 11, 8), cases.check(id, Set.copyOf(MATERIALS), AGENT).deadline());
            cases.forward(id, AGENT);
            cases.startHandling(id, CENTRE);
            cases.complete(id, "已办结", CENTRE);
            ProxyCase answered = cases.answer(id, AnswerMethod.PHONE, fixture.clock.get(), AGENT);
            assertEquals(4, fixture.rateAsApplicant(id, 4, null).rating());
            assertEquals(8, cases.history(id).size());
            assertEquals(ErrorCode.CASE_WRONG_STATE,
                    assertThrows(BianminException.class, () -> cases.forward(id, AGENT)).code());

            assertEquals(ID, cases.applicant(id, CENTRE, "回访").idNumber().value());
            assertEquals(List.of(answered.id()), cases.casesByIdNumber(IdCardNumber.of(ID), CENTRE).stream()
                    .map(ProxyCase::id).toList());
            ReportingPeriod november = ReportingPeriod.of(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30));
            LedgerScope xinglong = LedgerScope.township(DivisionCode.of("513322102"));
            assertEquals(new Ratio(0, 1), reports.indicators(xinglong, november).oneTrip());
            assertEquals(new Ratio(1, 1), reports.indicators(xinglong, november).answered());
            assertEquals(0, reports.unanswered(xinglong, LocalDate.of(2021, 11, 30)).cases().size());
            assertEquals(1, reports.activity("heping", november).casesAnswered());
        }
    }
}
