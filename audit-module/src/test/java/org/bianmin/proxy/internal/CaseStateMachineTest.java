package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.AGENT;
import static org.bianmin.proxy.internal.LedgerFixture.CENTRE;
import static org.bianmin.proxy.internal.LedgerFixture.MATERIALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.CaseTransition;
import org.bianmin.proxy.ProxyCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The case state machine on the selected database: the full flow stores actor and time
 * of every move, and every move the machine forbids is refused with CASE_WRONG_STATE, writing
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseStateMachineTest {
    private LedgerFixture fixture;
    private ProxyCasesComponent cases;

    @BeforeAll
    void open() {
        fixture = new LedgerFixture();
        cases = fixture.cases;
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    /** The moves of the ledger, each named by the state it leads to. */
    private enum Action {
        CHECK_COMPLETE(CaseState.CHECKED, (l, id) -> l.check(id, Set.copyOf(MATERIALS), AGENT)),
        CHECK_INCOMPLETE(CaseState.RETURNED, (l, id) -> l.check(id, Set.of("居民身份证"), AGENT)),
        RESUBMIT(CaseState.RECEIVED, (l, id) -> l.resubmit(id, AGENT)),
        FORWARD(CaseState.FORWARDED, (l, id) -> l.forward(id, AGENT)),
        START(CaseState.IN_PROGRESS, (l, id) -> l.startHandling(id, CENTRE)),
        COMPLETE(CaseState.DONE, (l, id) -> l.complete(id, "津贴已核发", CENTRE)),
        REJECT(CaseState.REJECTED, (l, id) -> l.reject(id, "不符合年龄条件", CENTRE)),
        ANSWER(CaseState.ANSWERED, (l, id) -> l.answer(id, AnswerMethod.PHONE, l.findCase(id).receivedAt(), AGENT));

        final CaseState target;
        final BiConsumer<ProxyCasesComponent, String> run;

        Action(CaseState target, BiConsumer<ProxyCasesComponent, String> run) {
            this.target = target;
            this.run = run;
        }
    }

    /** A path of actions leading from a fresh case to each state. */
    private static final Map<CaseState, List<Action>> PATHS = new EnumMap<>(Map.of(
            CaseState.RECEIVED, List.of(),
            CaseState.RETURNED, List.of(Action.CHECK_INCOMPLETE),
            CaseState.CHECKED, List.of(Action.CHECK_COMPLETE),
            CaseState.FORWARDED, List.of(Action.CHECK_COMPLETE, Action.FORWARD),
            CaseState.IN_PROGRESS, List.of(Action.CHECK_COMPLETE, Action.FORWARD, Action.START),
            CaseState.DONE, List.of(Action.CHECK_COMPLETE, Action.FORWARD, Action.START, Action.COMPLETE),
            CaseState.REJECTED, List.of(Action.CHECK_COMPLETE, Action.FORWARD, Action.START, Action.REJECT),
            CaseState.ANSWERED, List.of(Action.CHECK_COMPLETE, Action.FORWARD, Action.START, Action.COMPLETE,
                    Action.ANSWER)));

    private String caseIn(CaseState state) {
        fixture.clock.set(Instant.now());
        String id = cases.receive(fixture.walkIn("heping", "zhang"), AGENT).id();
        PATHS.get(state).forEach(action -> action.run.accept(cases, id));
        assertEquals(state, cases.findCase(id).state());
        return id;
    }

    @Test
    void theFullFlowRecordsActorAndTimeOfEveryMove() {
        fixture.clock.set(LedgerFixture.at(2021, 11, 1, 9));
        String id = cases.receive(fixture.walkIn("heping", "zhang"), AGENT).id();
        fixture.clock.set(LedgerFixture.at(2021, 11, 1, 10));
        ProxyCase returned = cases.check(id, Set.of("居民身份证"), AGENT);
        assertEquals(CaseState.RETURNED, returned.state());
        assertEquals(List.of("户口簿", "银行卡（一卡通）"), returned.missingMaterials());
        assertNull(returned.deadline());
        fixture.clock.set(LedgerFixture.at(2021, 11, 3, 9));
        cases.resubmit(id, AGENT);
        ProxyCase checked = cases.check(id, Set.of("居民身份证", "户口簿", "银行卡(一卡通)"), AGENT);
        assertEquals(CaseState.CHECKED, checked.state());
        assertEquals(LocalDate.of(2021, 11, 10), checked.deadline(), "5 working days after Wed 3 Nov");
        assertEquals(List.of(), checked.missingMaterials());
        assertEquals(2, checked.visits());
        cases.forward(id, AGENT);
        fixture.clock.set(LedgerFixture.at(2021, 11, 4, 9));
        cases.startHandling(id, CENTRE);
        cases.complete(id, "津贴已核发", CENTRE);
        fixture.clock.set(LedgerFixture.at(2021, 11, 5, 9));
        ProxyCase answered = cases.answer(id, AnswerMethod.PHONE, null, AGENT);
        assertEquals(CaseState.ANSWERED, answered.state());

        List<CaseTransition> history = cases.history(id);
        assertEquals(List.of(CaseState.RECEIVED, CaseState.RETURNED, CaseState.RECEIVED, CaseState.CHECKED,
                CaseState.FORWARDED, CaseState.IN_PROGRESS, CaseState.DONE, CaseState.ANSWERED),
                history.stream().map(CaseTransition::to).toList());
        assertNull(history.get(0).from());
        for (int i = 1; i < history.size(); i++) {
            assertEquals(history.get(i - 1).to(), history.get(i).from());
        }
        assertEquals(List.of(AGENT, AGENT, AGENT, AGENT, AGENT, CENTRE, CENTRE, AGENT),
                history.stream().map(CaseTransition::actor).toList());
        assertEquals(LedgerFixture.at(2021, 11, 1, 10), history.get(1).at());
        assertEquals(LedgerFixture.at(2021, 11, 5, 9), history.get(7).at());
        assertTrue(history.get(1).note().contains("户口簿；银行卡（一卡通）"), history.get(1).note());
        assertTrue(history.get(4).note().contains("泸定县兴隆镇便民服务中心"), history.get(4).note());
    }

    /** The one step each state allows, as the agent's REST paths and shell commands name it. */
    private static final java.util.Map<CaseState, String> NEXT_STEP = java.util.Map.of(CaseState.RECEIVED, "check",
            CaseState.CHECKED, "forward", CaseState.FORWARDED, "start", CaseState.DONE, "answer",
            CaseState.REJECTED, "answer");

    @Test
    void everyForbiddenMoveIsRefusedAndWritesNothing() {
        int refused = 0;
        for (CaseState state : CaseState.values()) {
            String id = caseIn(state);
            for (Action action : Action.values()) {
                if (state.canMoveTo(action.target)) {
                    continue;
                }
                ProxyCase before = cases.findCase(id);
                int steps = cases.history(id).size();
                long visits = fixture.count("proxy_visit");
                BianminException failure = assertThrows(BianminException.class, () -> action.run.accept(cases, id),
                        state + " → " + action);
                assertEquals(ErrorCode.CASE_WRONG_STATE, failure.code(), state + " → " + action);
                assertTrue(failure.getMessage().contains("is " + state), failure.getMessage());
                assertTrue(failure.getMessage().endsWith(state == CaseState.ANSWERED ? "it is closed"
                        : state == CaseState.RETURNED ? "the step allowed next is resubmit (once the applicant "
                                + "brings what the one-time notice listed)"
                        : state == CaseState.IN_PROGRESS ? "the step allowed next is complete or reject"
                        : "the step allowed next is " + NEXT_STEP.get(state)), failure.getMessage());
                assertEquals(before, cases.findCase(id), state + " → " + action + " changed the case");
                assertEquals(steps, cases.history(id).size());
                assertEquals(visits, fixture.count("proxy_visit"));
                refused++;
            }
        }
        // 8 states × 8 moves minus the 9 allowed (RECEIVED has two, ANSWERED none)
        assertEquals(8 * 8 - 9, refused);
    }

    @Test
    void theMachineAllowsExactlyTheIssuesMoves() {
        assertEquals(Set.of(CaseState.CHECKED, CaseState.RETURNED), CaseState.RECEIVED.next());
        assertEquals(Set.of(CaseState.RECEIVED), CaseState.RETURNED.next());
        assertEquals(Set.of(CaseState.FORWARDED), CaseState.CHECKED.next());
        assertEquals(Set.of(CaseState.IN_PROGRESS), CaseState.FORWARDED.next());
        assertEquals(Set.of(CaseState.DONE, CaseState.REJECTED), CaseState.IN_PROGRESS.next());
        assertEquals(Set.of(CaseState.ANSWERED), CaseState.DONE.next());
        assertEquals(Set.of(CaseState.ANSWERED), CaseState.REJECTED.next());
        assertEquals(Set.of(), CaseState.ANSWERED.next());
    }

    @Test
    void ratingIsOnlyForAnsweredCasesAndOnlyOnce() {
        for (CaseState state : CaseState.values()) {
            if (state == CaseState.ANSWERED) {
                continue;
            }
            String id = caseIn(state);
            String code = cases.issueRatingCode(id, AGENT).code();
            BianminException failure = assertThrows(BianminException.class,
                    () -> cases.rateByApplicant(code, 5, "好"));
            assertEquals(ErrorCode.CASE_WRONG_STATE, failure.code());
            assertNull(cases.findCase(id).rating());
        }
        String answered = caseIn(CaseState.ANSWERED);
        String code = cases.issueRatingCode(answered, AGENT).code();
        assertEquals(ErrorCode.RATING_INVALID,
                assertThrows(BianminException.class, () -> cases.rateByApplicant(code, 0, null)).code());
        assertEquals(ErrorCode.RATING_INVALID,
                assertThrows(BianminException.class, () -> cases.rateByApplicant(code, 6, null)).code());
        assertEquals(4, cases.rateByApplicant(code, 4, "办事快").rating());
        assertEquals(ErrorCode.RATING_CODE_INVALID,
                assertThrows(BianminException.class, () -> cases.rateByApplicant(code, 5, null)).code());
        assertEquals(ErrorCode.CASE_WRONG_STATE,
                assertThrows(BianminException.class, () -> cases.issueRatingCode(answered, AGENT)).code());
        assertEquals(4, cases.findCase(answered).rating());
    }

    @Test
    void ofTwoConcurrentMovesOneWinsAndTheOtherIsRefused() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = caseIn(CaseState.CHECKED);
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<ErrorCode>> outcomes = new java.util.ArrayList<>();
                for (int agent = 0; agent < 2; agent++) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            cases.forward(id, AGENT);
                            return null;
                        } catch (BianminException e) {
                            return e.code();
                        }
                    }));
                }
                List<ErrorCode> codes = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<ErrorCode> outcome : outcomes) {
                    codes.add(outcome.get());
                }
                assertEquals(1, codes.stream().filter(java.util.Objects::isNull).count(), codes.toString());
                assertTrue(codes.contains(ErrorCode.CASE_WRONG_STATE), codes.toString());
            } finally {
                pool.shutdown();
            }
            assertEquals(CaseState.FORWARDED, cases.findCase(id).state());
            assertEquals(3, cases.history(id).size(), "one FORWARDED transition only");
        }
    }

    @Test
    void movesOfAnUnknownCaseAreRefused() {
        for (Action action : Action.values()) {
            BianminException failure = assertThrows(BianminException.class,
                    () -> action.run.accept(cases, "no-such-case"));
            assertEquals(ErrorCode.CASE_NOT_FOUND, failure.code(), action.name());
        }
    }
}
