package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.ID;
import static org.bianmin.proxy.internal.LedgerFixture.SUPERVISOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.LedgerAssignment;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Reach (plan task 12): two agents of two villages, 和平村 (兴隆镇) and 杵坭村 (冷碛镇), each bound to
 * their agent record; a 兴隆镇 supervisor; the county. An agent reads and acts only on their point's
 * cases, and a refusal for another point's case is the refusal for a case that does not exist.
 */
class LedgerReachTest {
    private static final Actor HE = Actor.of("agent.he");
    private static final Actor WANG = Actor.of("agent.wang");
    private static final Actor XINGLONG_SUPERVISOR = Actor.of("supervisor.xinglong");
    private static final Actor NOBODY = Actor.of("visitor.sun");
    private static final DivisionCode XINGLONG = DivisionCode.of("513322102");
    private static final ReportingPeriod NOVEMBER = ReportingPeriod.of(LocalDate.of(2021, 11, 1),
            LocalDate.of(2021, 11, 30));

    private LedgerFixture fixture;
    private ProxyCase atHeping;
    private ProxyCase atChuni;

    @BeforeEach
    void open() {
        fixture = new LedgerFixture();
        fixture.points.assign(LedgerAssignment.agent(HE.id(), "heping", "zhang"), SUPERVISOR);
        fixture.points.assign(LedgerAssignment.agent(WANG.id(), "chuni", "wang"), SUPERVISOR);
        fixture.points.assign(LedgerAssignment.township(XINGLONG_SUPERVISOR.id(), XINGLONG), SUPERVISOR);
        atHeping = fixture.cases.receive(fixture.walkIn("heping", "zhang"), HE);
        fixture.clock.set(fixture.clock.get().plusSeconds(60));
        atChuni = fixture.cases.receive(fixture.walkIn("chuni", "wang"), WANG);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anAgentReadsTheirPointsCasesOnly() {
        assertEquals(atHeping.id(), fixture.cases.findCase(atHeping.id(), HE).id());
        assertEquals(List.of(atHeping.id()), ids(fixture.cases.cases(LedgerScope.point("heping"), NOVEMBER, HE)));
        assertEquals(List.of(LedgerScope.point("heping")), fixture.points.reach(HE));

        hiddenLikeAMissingCase(() -> fixture.cases.findCase(atChuni.id(), HE), atChuni.id());
        hiddenLikeAMissingCase(() -> fixture.cases.history(atChuni.id(), HE), atChuni.id());
        hiddenLikeAMissingCase(() -> fixture.cases.applicant(atChuni.id(), HE, "回访"), atChuni.id());

        refused(ErrorCode.NOT_PERMITTED, () -> fixture.cases.cases(LedgerScope.point("chuni"), NOVEMBER, HE));
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.cases.cases(LedgerScope.township(XINGLONG), NOVEMBER, HE));
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.cases.cases(LedgerScope.county(DivisionCode.LUDING),
                NOVEMBER, HE));
        BianminException scope = refused(ErrorCode.NOT_PERMITTED,
                () -> fixture.points.requireReach(LedgerScope.point("chuni"), HE));
        assertTrue(scope.getMessage().contains("it reaches point heping"), scope.getMessage());

        List<ProxyCase> found = fixture.cases.casesByIdNumber(IdCardNumber.of(ID), HE);
        assertEquals(List.of(atHeping.id()), ids(found), "a lookup lists only the cases within reach");
    }

    @Test
    void anAgentActsOnTheirPointsCasesOnlyAndNothingIsWrittenOtherwise() {
        String other = atChuni.id();
        hiddenLikeAMissingCase(() -> fixture.cases.check(other, Set.copyOf(LedgerFixture.MATERIALS), HE), other);
        hiddenLikeAMissingCase(() -> fixture.cases.resubmit(other, HE), other);
        hiddenLikeAMissingCase(() -> fixture.cases.forward(other, HE), other);
        hiddenLikeAMissingCase(() -> fixture.cases.startHandling(other, HE), other);
        hiddenLikeAMissingCase(() -> fixture.cases.complete(other, "准予", HE), other);
        hiddenLikeAMissingCase(() -> fixture.cases.reject(other, "材料不符", HE), other);
        hiddenLikeAMissingCase(() -> fixture.cases.answer(other, AnswerMethod.PHONE, fixture.clock.get(), HE), other);
        hiddenLikeAMissingCase(() -> fixture.cases.issueRatingCode(other, HE), other);
        hiddenLikeAMissingCase(() -> fixture.cases.recordVisit(new Visit(other, fixture.clock.get(), "来访"), HE),
                other);
        assertEquals(1, fixture.cases.history(other).size(), "no move was recorded on the other point's case");
        assertEquals(CaseState.RECEIVED, fixture.cases.findCase(other).state());
        assertEquals(1, fixture.cases.findCase(other).visits());

        assertEquals(CaseState.CHECKED, fixture.cases.check(other, Set.copyOf(LedgerFixture.MATERIALS), WANG).state());
    }

    @Test
    void anAgentRecordsCasesAtTheirPointAsThemselves() {
        long before = fixture.count("proxy_case");
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.cases.receive(fixture.walkIn("chuni", "wang"), HE));
        fixture.points.registerAgent(new Agent("li", "heping", "李明", AgentRole.VOLUNTEER), SUPERVISOR);
        BianminException asOther = refused(ErrorCode.NOT_PERMITTED,
                () -> fixture.cases.receive(fixture.walkIn("heping", "li"), HE));
        assertTrue(asOther.getMessage().contains("as agent zhang, not as 'li'"), asOther.getMessage());
        assertEquals(before, fixture.count("proxy_case"));
    }

    @Test
    void aTownshipSupervisorReachesTheTownshipsPoints() {
        assertEquals(atHeping.id(), fixture.cases.findCase(atHeping.id(), XINGLONG_SUPERVISOR).id());
        assertEquals(List.of(atHeping.id()),
                ids(fixture.cases.cases(LedgerScope.township(XINGLONG), NOVEMBER, XINGLONG_SUPERVISOR)));
        hiddenLikeAMissingCase(() -> fixture.cases.findCase(atChuni.id(), XINGLONG_SUPERVISOR), atChuni.id());
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.cases.cases(LedgerScope.county(DivisionCode.LUDING),
                NOVEMBER, XINGLONG_SUPERVISOR));
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.points.registerAgent(
                new Agent("zhao", "chuni", "赵敏", AgentRole.CLERK), XINGLONG_SUPERVISOR));
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.points.assign(
                LedgerAssignment.agent(NOBODY.id(), "heping", "zhang"), XINGLONG_SUPERVISOR));
        assertEquals(List.of(LedgerScope.township(XINGLONG)), fixture.points.reach(XINGLONG_SUPERVISOR));
    }

    @Test
    void theCountyReachesEverythingAndAnUnassignedLoginNothing() {
        assertEquals(List.of(atHeping.id(), atChuni.id()),
                ids(fixture.cases.cases(LedgerScope.county(DivisionCode.LUDING), NOVEMBER, SUPERVISOR)));
        assertEquals(List.of(LedgerScope.county(DivisionCode.LUDING)), fixture.points.reach(SUPERVISOR));

        assertEquals(List.of(), fixture.points.reach(NOBODY));
        hiddenLikeAMissingCase(() -> fixture.cases.findCase(atHeping.id(), NOBODY), atHeping.id());
        BianminException none = refused(ErrorCode.NOT_PERMITTED,
                () -> fixture.cases.cases(LedgerScope.point("heping"), NOVEMBER, NOBODY));
        assertTrue(none.getMessage().contains("it reaches nothing"), none.getMessage());
    }

    @Test
    void theCountyAdministersAssignments() {
        refused(ErrorCode.AGENT_NOT_FOUND, () -> fixture.points.assign(
                LedgerAssignment.agent(NOBODY.id(), "heping", "wang"), SUPERVISOR));
        refused(ErrorCode.INVALID_ARGUMENT, () -> new LedgerAssignment("agent.x", LedgerScope.point("heping"), null));
        refused(ErrorCode.INVALID_ARGUMENT, () -> new LedgerAssignment("agent.x",
                LedgerScope.county(DivisionCode.LUDING), null));
        refused(ErrorCode.INVALID_ARGUMENT, () -> new LedgerAssignment("agent.x", LedgerScope.township(XINGLONG),
                "zhang"));

        assertEquals(List.of(LedgerAssignment.agent(HE.id(), "heping", "zhang")), fixture.points.assignments(HE.id()));
        fixture.points.assign(LedgerAssignment.agent(HE.id(), "heping", "zhang"), SUPERVISOR);
        assertEquals(1, fixture.points.assignments(HE.id()).size(), "assigning again changes nothing");

        refused(ErrorCode.NOT_PERMITTED, () -> fixture.points.withdraw(HE.id(), LedgerScope.point("heping"), HE));
        fixture.points.withdraw(HE.id(), LedgerScope.point("heping"), SUPERVISOR);
        assertEquals(List.of(), fixture.points.reach(HE));
        hiddenLikeAMissingCase(() -> fixture.cases.findCase(atHeping.id(), HE), atHeping.id());
        refused(ErrorCode.INVALID_ARGUMENT, () -> fixture.points.withdraw(HE.id(), LedgerScope.point("heping"),
                SUPERVISOR));
    }

    @Test
    void everyAssignmentChangeIsAuditedAndARefusedOneIsNot() {
        org.mockito.Mockito.clearInvocations(fixture.trail);
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.points.assign(
                LedgerAssignment.agent(NOBODY.id(), "heping", "zhang"), XINGLONG_SUPERVISOR));
        refused(ErrorCode.NOT_PERMITTED, () -> fixture.points.withdraw(HE.id(), LedgerScope.point("heping"), HE));
        org.mockito.Mockito.verify(fixture.trail, org.mockito.Mockito.never())
                .append(org.mockito.ArgumentMatchers.any());

        fixture.points.assign(LedgerAssignment.township(NOBODY.id(), XINGLONG), SUPERVISOR);
        fixture.points.withdraw(HE.id(), LedgerScope.point("heping"), SUPERVISOR);

        org.mockito.ArgumentCaptor<AuditEvent> events = org.mockito.ArgumentCaptor.forClass(AuditEvent.class);
        org.mockito.Mockito.verify(fixture.trail, org.mockito.Mockito.times(2)).append(events.capture());
        AuditEvent granted = events.getAllValues().get(0);
        assertEquals(AuditEventType.PROXY_ASSIGNMENT_GRANTED, granted.type());
        assertEquals(SUPERVISOR, granted.actor());
        assertEquals("login:visitor.sun", granted.subject());
        assertEquals(java.util.Map.of("level", "TOWNSHIP", "scope", "513322102"), granted.details());
        AuditEvent withdrawn = events.getAllValues().get(1);
        assertEquals(AuditEventType.PROXY_ASSIGNMENT_WITHDRAWN, withdrawn.type());
        assertEquals("login:agent.he", withdrawn.subject());
        assertEquals(java.util.Map.of("level", "POINT", "scope", "heping"), withdrawn.details());
        assertEquals(List.of(), fixture.pendingAudit());
    }

    /** The refusal is CASE_NOT_FOUND with the very message of an id that was never used. */
    private void hiddenLikeAMissingCase(Executable call, String caseId) {
        BianminException hidden = refused(ErrorCode.CASE_NOT_FOUND, call);
        BianminException missing = refused(ErrorCode.CASE_NOT_FOUND,
                () -> fixture.cases.findCase("00000000-0000-0000-0000-000000000000", SUPERVISOR));
        assertEquals(missing.getMessage().replace("00000000-0000-0000-0000-000000000000", caseId),
                hidden.getMessage());
    }

    private static BianminException refused(ErrorCode code, Executable call) {
        BianminException e = assertThrows(BianminException.class, call);
        assertEquals(code, e.code(), e::getMessage);
        return e;
    }

    private static List<String> ids(List<ProxyCase> cases) {
        return cases.stream().map(ProxyCase::id).toList();
    }
}
