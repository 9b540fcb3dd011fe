package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.AGENT;
import static org.bianmin.proxy.internal.LedgerFixture.CENTRE;
import static org.bianmin.proxy.internal.LedgerFixture.ID;
import static org.bianmin.proxy.internal.LedgerFixture.ITEM;
import static org.bianmin.proxy.internal.LedgerFixture.MATERIALS;
import static org.bianmin.proxy.internal.LedgerFixture.PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.AgeBand;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.Appeal;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.CareEntry;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.DutyShift;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.Inspection;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PhoneNumber;
import org.bianmin.proxy.PointActivity;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.Ratio;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.ServiceIndicators;
import org.bianmin.proxy.SpecialNeed;
import org.bianmin.proxy.UnansweredReport;
import org.bianmin.proxy.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The proxy ledger's refusals, personal-data protection, reports and side ledgers on the selected database. */
class ProxyLedgerTest {
    private static final LedgerScope XINGLONG = LedgerScope.township(DivisionCode.of("513322102"));
    private static final LedgerScope LUDING = LedgerScope.county(DivisionCode.LUDING);
    private static final ReportingPeriod NOVEMBER = ReportingPeriod.of(LocalDate.of(2021, 11, 1),
            LocalDate.of(2021, 11, 30));

    private LedgerFixture fixture;
    private ProxyPointsComponent points;
    private ProxyCasesComponent cases;
    private ProxyReportsComponent reports;
    private PointLedgersComponent ledgers;

    @BeforeEach
    void open() {
        fixture = new LedgerFixture();
        points = fixture.points;
        cases = fixture.cases;
        reports = fixture.reports;
        ledgers = fixture.ledgers;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void assertRefused(ErrorCode code, Runnable action) {
        long caseRows = fixture.count("proxy_case");
        long transitions = fixture.count("proxy_transition");
        long visits = fixture.count("proxy_visit");
        BianminException failure = assertThrows(BianminException.class, action::run);
        assertEquals(code, failure.code(), failure.getMessage());
        assertEquals(caseRows, fixture.count("proxy_case"), "a refusal wrote a case");
        assertEquals(transitions, fixture.count("proxy_transition"), "a refusal wrote a transition");
        assertEquals(visits, fixture.count("proxy_visit"), "a refusal wrote a visit");
    }

    // --- bad input ---

    @Test
    void receivingRefusesUnknownPointAgentAndItemWritingNothing() {
        assertRefused(ErrorCode.PROXY_POINT_NOT_FOUND, () -> cases.receive(fixture.walkIn("nowhere", "zhang"), AGENT));
        assertRefused(ErrorCode.AGENT_NOT_FOUND, () -> cases.receive(fixture.walkIn("heping", "nobody"), AGENT));
        assertRefused(ErrorCode.AGENT_NOT_FOUND, () -> cases.receive(fixture.walkIn("heping", "wang"), AGENT));
        NewCase unknownItem = new NewCase("heping", "zhang", Applicant.of("刘秀英", ID, PHONE), "NO-SUCH-ITEM",
                fixture.clock.get(), Channel.WALK_IN, Set.of(), Set.of());
        assertRefused(ErrorCode.ITEM_NOT_FOUND, () -> cases.receive(unknownItem, AGENT));
        assertEquals(0, cases.caseCount());
        verify(fixture.trail, never()).append(any());
    }

    @Test
    void idNumbersWithABadCheckDigitAndBadPhonesAreRefused() {
        String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
        BianminException id = assertThrows(BianminException.class, () -> Applicant.of("刘秀英", wrongCheck, PHONE));
        assertEquals(ErrorCode.ID_NUMBER_INVALID, id.code());
        assertTrue(id.getMessage().contains("check digit"), id.getMessage());
        assertFalse(id.getMessage().contains(wrongCheck), "the message must not echo the number in clear");
        assertEquals(ErrorCode.ID_NUMBER_INVALID,
                assertThrows(BianminException.class, () -> IdCardNumber.of("51332219451332002X")).code());
        assertEquals(ErrorCode.ID_NUMBER_INVALID,
                assertThrows(BianminException.class, () -> IdCardNumber.of("5133221945")).code());
        assertEquals(ErrorCode.PHONE_INVALID, assertThrows(BianminException.class, () -> PhoneNumber.of("12345")).code());
        // GB 11643 example with check character X
        assertEquals("11010519491231002X", IdCardNumber.of("11010519491231002x").value());
    }

    @Test
    void registrationRefusesDuplicatesAndOrphans() {
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> points.registerPoint(LedgerFixture.HEPING, CENTRE)).code());
        assertEquals(ErrorCode.PROXY_POINT_NOT_FOUND, assertThrows(BianminException.class,
                () -> points.registerAgent(new Agent("li", "nowhere", "李", AgentRole.VOLUNTEER), CENTRE)).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> new ProxyPoint("x", "x", PointKind.PROXY_POINT, DivisionCode.of("513322102"))).code());
        assertEquals(ErrorCode.AGENT_NOT_FOUND, assertThrows(BianminException.class, () -> points.scheduleDuty(
                new DutyShift("heping", "wang", LocalDate.of(2021, 11, 1)), CENTRE)).code());
        assertEquals(2, points.points(LUDING).size());
        assertEquals(List.of(LedgerFixture.HEPING), points.points(XINGLONG));
    }

    // --- personal data ---

    @Test
    void personalDataIsEncryptedAtRestAndMaskedInListings() throws Exception {
        ProxyCase received = cases.receive(fixture.walkIn("heping", "zhang"), AGENT);

        assertEquals("5133**********" + ID.substring(14), received.maskedIdNumber());
        assertEquals("138****5678", received.maskedPhone());
        assertFalse(received.toString().contains(ID));
        assertFalse(received.toString().contains(PHONE));
        try (Connection connection = fixture.database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM proxy_case")) {
            assertTrue(rows.next());
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                Object value = rows.getObject(column);
                String text = value instanceof byte[] raw ? new String(raw, StandardCharsets.ISO_8859_1)
                        + new String(raw, StandardCharsets.UTF_8) : String.valueOf(value);
                assertFalse(text.contains(ID) || text.contains(ID.substring(6, 14)),
                        "column " + rows.getMetaData().getColumnName(column) + " holds the ID number in clear");
                assertFalse(text.contains(PHONE), "column " + rows.getMetaData().getColumnName(column) + " holds the phone");
            }
        }
        String csv = cases.exportCsv(LedgerScope.point("heping"), NOVEMBER);
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[0].startsWith("case_id,point_id,township,received_at"), lines[0]);
        assertTrue(lines[1].contains(",刘秀英,5133**********" + ID.substring(14) + ",138****5678,WALK_IN,"), lines[1]);
        assertFalse(csv.contains(ID) || csv.contains(PHONE), "the export holds personal data in clear");
        assertEquals(List.of(received.id()), cases.casesByIdNumber(IdCardNumber.of(ID), CENTRE).stream()
                .map(ProxyCase::id).toList());
        assertEquals(List.of(received.id()), cases.casesByPhone(PhoneNumber.of(PHONE), CENTRE).stream()
                .map(ProxyCase::id).toList());
        assertEquals(List.of(), cases.casesByPhone(PhoneNumber.of("13900000000"), CENTRE));
    }

    @Test
    void everyReadInClearIsAnAuditEvent() {
        ProxyCase received = cases.receive(fixture.walkIn("heping", "zhang"), AGENT);

        Applicant applicant = cases.applicant(received.id(), CENTRE, "电话通知办理结果");

        assertEquals(ID, applicant.idNumber().value());
        assertEquals(PHONE, applicant.phone().value());
        assertEquals("刘秀英", applicant.name());
        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(fixture.trail, org.mockito.Mockito.times(2)).append(events.capture());
        assertEquals(AuditEventType.PROXY_CASE_RECEIVED, events.getAllValues().get(0).type());
        AuditEvent read = events.getAllValues().get(1);
        assertEquals(AuditEventType.PERSONAL_DATA_READ, read.type());
        assertEquals(CENTRE, read.actor());
        assertEquals(received.id(), read.subject());
        assertEquals("电话通知办理结果", read.details().get("purpose"));
        assertEquals(received.maskedIdNumber(), read.details().get("idNumber"));
        for (AuditEvent event : events.getAllValues()) {
            assertFalse(event.details().toString().contains(ID), "audit details hold the ID number in clear");
            assertFalse(event.details().toString().contains(PHONE), "audit details hold the phone in clear");
        }
    }

    @Test
    void lookupsByIdNumberOrPhoneAreRecordedLikeReadsInClear() {
        ProxyCase received = cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
        cases.casesByIdNumber(IdCardNumber.of(ID), CENTRE);
        cases.casesByPhone(PhoneNumber.of("13900000000"), CENTRE);

        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(fixture.trail, org.mockito.Mockito.times(3)).append(events.capture());
        AuditEvent byId = events.getAllValues().get(1);
        assertEquals(AuditEventType.PERSONAL_DATA_READ, byId.type());
        assertEquals(CENTRE, byId.actor());
        assertEquals("lookup:id_number", byId.subject());
        assertEquals(received.maskedIdNumber(), byId.details().get("idNumber"));
        assertEquals(received.id(), byId.details().get("cases"));
        AuditEvent byPhone = events.getAllValues().get(2);
        assertEquals("lookup:phone", byPhone.subject());
        assertEquals("139****0000", byPhone.details().get("phone"));
        assertEquals("", byPhone.details().get("cases"), "a lookup that finds nothing is recorded too");
        for (AuditEvent event : events.getAllValues()) {
            assertFalse(event.details().toString().contains(ID), "audit details hold the ID number in clear");
        }
        try (LedgerFixture untraced = new LedgerFixture(false)) {
            untraced.cases.casesByPhone(PhoneNumber.of(PHONE), CENTRE);
            assertEquals(List.of(AuditEventType.PERSONAL_DATA_READ), untraced.pendingAudit().stream()
                    .map(record -> record.event().type()).toList(), "without a trail the lookup waits in the outbox");
        }
    }

    @Test
    void aReadInClearIsRecordedInItsOwnTransactionAndWaitsWhileTheTrailFails() {
        ProxyCase received = cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
        org.mockito.Mockito.clearInvocations(fixture.trail);
        when(fixture.trail.append(any())).thenThrow(new BianminException(ErrorCode.STORAGE_FAILURE, "trail down"))
                .thenReturn(null);

        assertEquals(ID, cases.applicant(received.id(), CENTRE, "核对").idNumber().value());

        List<AuditEvent> waiting = fixture.pendingAudit().stream().map(record -> record.event()).toList();
        assertEquals(1, waiting.size(), "the read's event waits for the trail");
        assertEquals(AuditEventType.PERSONAL_DATA_READ, waiting.get(0).type());
        assertEquals(received.id(), waiting.get(0).subject());

        cases.casesByPhone(PhoneNumber.of(PHONE), CENTRE);

        assertEquals(List.of(), fixture.pendingAudit(), "the next commit's pass takes both events");
        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(fixture.trail, org.mockito.Mockito.times(3)).append(events.capture());
        assertEquals(List.of(received.id(), received.id(), "lookup:phone"), events.getAllValues().stream()
                .map(AuditEvent::subject).toList(), "the failed append, then the waiting read and the lookup in order");
    }

    @Test
    void aReadInClearIsRefusedWhenItCannotBeRecorded() throws Exception {
        ProxyCase received = cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
        try (java.sql.Connection connection = fixture.dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE proxy_audit_outbox");
        }

        assertEquals(ErrorCode.STORAGE_FAILURE, assertThrows(BianminException.class,
                () -> cases.applicant(received.id(), CENTRE, "核对")).code());
        assertEquals(ErrorCode.STORAGE_FAILURE, assertThrows(BianminException.class,
                () -> cases.casesByIdNumber(IdCardNumber.of(ID), CENTRE)).code());
        assertEquals(ErrorCode.STORAGE_FAILURE, assertThrows(BianminException.class,
                () -> cases.check(received.id(), Set.copyOf(LedgerFixture.MATERIALS), AGENT)).code());
        assertEquals(CaseState.RECEIVED, cases.findCase(received.id(), CENTRE).state(),
                "a transition whose event cannot be written is rolled back whole");
    }

    @Test
    void ciphertextMovedToAnotherRowNoLongerDecrypts() throws Exception {
        ProxyCase first = cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
        ProxyCase second = cases.receive(fixture.homeVisitForElderly(), AGENT);
        try (Connection connection = fixture.database.connect();
                PreparedStatement copy = connection.prepareStatement(
                        "UPDATE proxy_case SET id_cipher = (SELECT id_cipher FROM proxy_case WHERE case_id = ?)"
                                + " WHERE case_id = ?")) {
            copy.setString(1, first.id());
            copy.setString(2, second.id());
            if (fixture.database.kind() == org.bianmin.testing.TestDatabase.Kind.MARIADB) {
                byte[] cipher;
                try (PreparedStatement read = connection.prepareStatement(
                        "SELECT id_cipher FROM proxy_case WHERE case_id = ?")) {
                    read.setString(1, first.id());
                    try (ResultSet rows = read.executeQuery()) {
                        rows.next();
                        cipher = rows.getBytes(1);
                    }
                }
                try (PreparedStatement write = connection.prepareStatement(
                        "UPDATE proxy_case SET id_cipher = ? WHERE case_id = ?")) {
                    write.setBytes(1, cipher);
                    write.setString(2, second.id());
                    write.executeUpdate();
                }
            } else {
                copy.executeUpdate();
            }
        }
        BianminException failure = assertThrows(BianminException.class,
                () -> cases.applicant(second.id(), CENTRE, "核对"));
        assertEquals(ErrorCode.STORAGE_FAILURE, failure.code());
        assertTrue(failure.getMessage().contains("integrity"), failure.getMessage());
    }

    // --- visits, deadlines, reports, indicators ---

    /** Runs a case through to an answer on the given days (day of month in November 2021). */
    private ProxyCase answeredCase(java.util.function.Supplier<NewCase> newCase, int checkDay, int doneDay,
            int answerDay) {
        fixture.setClock(2021, 11, checkDay);
        String id = cases.receive(newCase.get(), AGENT).id();
        cases.check(id, Set.copyOf(MATERIALS), AGENT);
        cases.forward(id, AGENT);
        cases.startHandling(id, CENTRE);
        fixture.setClock(2021, 11, doneDay);
        cases.complete(id, "已办结", CENTRE);
        if (answerDay > 0) {
            fixture.setClock(2021, 11, answerDay);
            return cases.answer(id, AnswerMethod.IN_PERSON, fixture.clock.get(), AGENT);
        }
        return cases.findCase(id);
    }

    @Test
    void unansweredReportCountsByPointTownshipAndAge() {
        fixture.setClock(2021, 8, 2);
        String old = cases.receive(fixture.walkIn("heping", "zhang"), AGENT).id();
        cases.check(old, Set.copyOf(MATERIALS), AGENT);
        fixture.setClock(2021, 11, 1);
        String returned = cases.receive(fixture.walkIn("heping", "zhang"), AGENT).id();
        cases.check(returned, Set.of(), AGENT);
        answeredCase(() -> fixture.walkIn("heping", "zhang"), 2, 3, 4);
        answeredCase(() -> fixture.walkIn("heping", "zhang"), 2, 3, 0);
        fixture.setClock(2021, 11, 10);
        cases.receive(fixture.walkIn("chuni", "wang"), AGENT);

        UnansweredReport township = reports.unanswered(XINGLONG, LocalDate.of(2021, 11, 15));
        assertEquals(3, township.cases().size());
        assertEquals(old, township.cases().get(0).caseId(), "oldest first");
        assertEquals(105, township.cases().get(0).ageDays());
        assertTrue(township.cases().get(0).overdue(), "checked on 2 Aug with 5 working days, still open");
        assertEquals(List.of(old), reports.overdue(XINGLONG, LocalDate.of(2021, 11, 15)).stream()
                .map(c -> c.caseId()).toList());
        assertEquals(java.util.Map.of("heping", 3L), township.byPoint());
        assertEquals(1L, township.byAge().get(AgeBand.OVER_90_DAYS));
        assertEquals(2L, township.byAge().get(AgeBand.UP_TO_30_DAYS));
        assertEquals(0L, township.byAge().get(AgeBand.UP_TO_7_DAYS));

        UnansweredReport county = reports.unanswered(LUDING, LocalDate.of(2021, 11, 15));
        assertEquals(java.util.Map.of("513322101", 1L, "513322102", 3L), county.byTownship());
        assertEquals(3, reports.unanswered(LedgerScope.point("heping"), LocalDate.of(2021, 11, 15)).cases().size());
        assertEquals(3, reports.unanswered(LUDING, LocalDate.of(2021, 11, 9)).cases().size(),
                "a case received after the day asked about is not in the report");
        assertEquals(ErrorCode.PROXY_POINT_NOT_FOUND, assertThrows(BianminException.class,
                () -> reports.unanswered(LedgerScope.point("nowhere"), LocalDate.of(2021, 11, 15))).code());
    }

    @Test
    void indicatorsAreComputedFromTheLedger() {
        // on time (checked 1st, deadline 8th, done 3rd), answered, rated 5; one visit
        ProxyCase a = answeredCase(() -> fixture.walkIn("heping", "zhang"), 1, 3, 4);
        fixture.rateAsApplicant(a.id(), 5, "很方便");
        // late (checked 1st, deadline 8th, done 12th), answered, rated 2; two visits
        ProxyCase b = answeredCase(() -> fixture.walkIn("heping", "zhang"), 1, 12, 15);
        fixture.clock.set(LedgerFixture.at(2021, 11, 15, 9));
        cases.recordVisit(new Visit(b.id(), fixture.clock.get(), "领取证件"), AGENT);
        fixture.rateAsApplicant(b.id(), 2, "跑了两趟");
        // special needs served at home, on time, not answered yet; no visit
        answeredCase(fixture::homeVisitForElderly, 2, 4, 0);
        // special needs, walk-in without home service or full proxy; still open
        fixture.setClock(2021, 11, 20);
        cases.receive(new NewCase("heping", "zhang", Applicant.of("陈玉兰", LedgerFixture.idNumber("51332219400202002"),
                null), ITEM, fixture.clock.get(), Channel.WALK_IN, Set.of(SpecialNeed.DISABLED), Set.of()), AGENT);
        // another township, not counted for Xinglong
        fixture.setClock(2021, 11, 20);
        cases.receive(fixture.walkIn("chuni", "wang"), AGENT);

        fixture.setClock(2021, 12, 1);
        ServiceIndicators xinglong = reports.indicators(XINGLONG, NOVEMBER);
        assertEquals(new Ratio(3, 4), xinglong.oneTrip(), "K-ONETRIP");
        assertEquals(new Ratio(2, 3), xinglong.answered(), "K-ANSWERED");
        assertEquals(new Ratio(2, 3), xinglong.onTime(), "K-ONTIME");
        assertEquals(new Ratio(1, 2), xinglong.rating(), "K-RATING");
        assertEquals(new Ratio(1, 2), xinglong.special(), "K-SPECIAL");

        assertEquals(5, reports.indicators(LUDING, NOVEMBER).oneTrip().of());
        assertEquals(new Ratio(1, 1), reports.indicators(LedgerScope.point("chuni"), NOVEMBER).oneTrip());
        ServiceIndicators october = reports.indicators(XINGLONG, ReportingPeriod.of(LocalDate.of(2021, 10, 1),
                LocalDate.of(2021, 10, 31)));
        assertEquals(new Ratio(0, 0), october.oneTrip());
        assertTrue(october.oneTrip().share().isEmpty());
        assertEquals(4, cases.cases(XINGLONG, NOVEMBER).size());
    }

    @Test
    void visitsAreMeasuredNotAssumed() {
        ProxyCase phone = cases.receive(new NewCase("heping", "zhang", Applicant.of("刘秀英", ID, PHONE), ITEM,
                fixture.clock.get(), Channel.PHONE, Set.of(), Set.of()), AGENT);
        assertEquals(0, phone.visits());
        ProxyCase walkIn = cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
        assertEquals(1, walkIn.visits());
        fixture.clock.set(fixture.clock.get().plusSeconds(3600));
        cases.recordVisit(new Visit(walkIn.id(), fixture.clock.get(), "咨询进度"), AGENT);
        assertEquals(2, cases.findCase(walkIn.id()).visits());
        assertRefused(ErrorCode.INVALID_ARGUMENT, () -> cases.recordVisit(
                new Visit(walkIn.id(), fixture.clock.get().minusSeconds(86_400), "早于受理"), AGENT));
        assertEquals(2, cases.findCase(walkIn.id()).visits(), "a refused visit is not counted");
        assertRefused(ErrorCode.CASE_NOT_FOUND, () -> cases.recordVisit(
                new Visit("no-such-case", fixture.clock.get(), "x"), AGENT));
    }

    // --- roster, inspections, side ledgers, activity ---

    @Test
    void activityComesFromRosterCasesAndInspections() {
        ReportingPeriod week = ReportingPeriod.of(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 7));
        for (int day = 1; day <= 5; day++) {
            if (day != 3) {
                points.scheduleDuty(new DutyShift("heping", "zhang", LocalDate.of(2021, 11, day)), CENTRE);
            }
        }
        points.scheduleDuty(new DutyShift("heping", "zhang", LocalDate.of(2021, 11, 1)), CENTRE);
        ledgers.recordInspection(new Inspection("heping", LocalDate.of(2021, 11, 5), "兴隆镇 王副镇长", "台账齐全"), CENTRE);
        answeredCase(() -> fixture.walkIn("heping", "zhang"), 1, 2, 3);
        answeredCase(() -> fixture.walkIn("heping", "zhang"), 1, 2, 0);

        PointActivity activity = reports.activity("heping", week);

        assertEquals(5, activity.dutyDays().size(), "Mon–Fri are the working days");
        assertEquals(List.of(LocalDate.of(2021, 11, 3)), activity.daysWithoutDuty());
        assertEquals(4, points.roster("heping", week).size(), "scheduling twice is idempotent");
        assertEquals(List.of(AgentRole.CLERK), activity.agentRoles());
        assertEquals(2, activity.casesReceived());
        assertEquals(2, activity.casesWithResult());
        assertEquals(1, activity.casesAnswered());
        assertEquals(List.of(LocalDate.of(2021, 11, 5)), activity.inspections());
        assertEquals(ErrorCode.PROXY_POINT_NOT_FOUND,
                assertThrows(BianminException.class, () -> reports.activity("nowhere", week)).code());
    }

    @Test
    void appealAndCareLedgers() {
        Appeal appeal = ledgers.recordAppeal(Appeal.raised("heping", LocalDate.of(2021, 11, 2), "村民李某", "道路维修",
                "三组便道雨后塌方"), AGENT);
        assertFalse(appeal.answered());
        Appeal answered = ledgers.respondToAppeal(appeal.id(), "已报镇政府，11月20日前修复", LocalDate.of(2021, 11, 4), AGENT);
        assertEquals(LocalDate.of(2021, 11, 4), answered.respondedOn());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> ledgers.respondToAppeal(appeal.id(), "再次答复", LocalDate.of(2021, 11, 5), AGENT)).code());
        assertEquals(ErrorCode.APPEAL_NOT_FOUND, assertThrows(BianminException.class,
                () -> ledgers.respondToAppeal("none", "x", LocalDate.of(2021, 11, 5), AGENT)).code());
        assertEquals(List.of(answered), ledgers.appeals("heping", NOVEMBER));

        CareEntry care = ledgers.recordCare(new CareEntry(null, "heping", "杨德明", SpecialNeed.ELDERLY,
                LocalDate.of(2021, 11, 3), "上门代办高龄津贴", "zhang"), AGENT);
        assertEquals(List.of(care), ledgers.careEntries("heping", NOVEMBER));
        assertEquals(ErrorCode.AGENT_NOT_FOUND, assertThrows(BianminException.class, () -> ledgers.recordCare(
                new CareEntry(null, "heping", "杨德明", SpecialNeed.ELDERLY, LocalDate.of(2021, 11, 3), "探访", "wang"),
                AGENT)).code());
        assertEquals(1, fixture.count("proxy_care"));
    }

    @Test
    void transitionsAreEmittedAfterCommitOnly() {
        ProxyCase received = cases.receive(fixture.walkIn("heping", "zhang"), AGENT);
        assertThrows(BianminException.class, () -> cases.forward(received.id(), AGENT));
        cases.check(received.id(), Set.copyOf(MATERIALS), AGENT);

        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(fixture.trail, org.mockito.Mockito.times(2)).append(events.capture());
        List<AuditEventType> types = new ArrayList<>(events.getAllValues().stream().map(AuditEvent::type).toList());
        assertEquals(List.of(AuditEventType.PROXY_CASE_RECEIVED, AuditEventType.PROXY_CASE_TRANSITION), types);
        assertEquals("RECEIVED", events.getAllValues().get(1).details().get("from"));
        assertEquals("CHECKED", events.getAllValues().get(1).details().get("to"));
        assertNull(events.getAllValues().get(1).details().get("idNumber"));
    }
}
