package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.Format;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.DutyShift;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.Inspection;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.PointLedgers;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.proxy.ProxyReports;
import org.bianmin.proxy.Ratio;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.RuleStatus;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.StandardsChecker;
import org.bianmin.standards.StandardsReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proxy ledger and the standards checker in Felix, called through their core-api types: a case
 * for a pilot village from receipt to rating with materials, handling place and deadline from the
 * catalogue service, the personal-data read in the audit trail, indicators, and a standards check of
 * the village room whose V-ONDUTY, V-FEEDBACK and V-SUPERVISE come from the ledger.
 */
class ProxyFelixIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DivisionCode HEPING = DivisionCode.of("513322102201");
    private static final Actor AGENT = Actor.of("agent.zhang");
    private static final Actor CENTRE = Actor.of("xinglong.centre.li");
    private static final String ITEM = "LD-MZ-005";

    @TempDir
    Path dir;

    @Test
    void aCaseFlowAndAStandardsCheckThroughTheOsgiServices() throws Exception {
        // a fixed clock inside the catalogue calendar's years, so the flow does not depend on today
        Instant now = LocalDate.of(2025, 10, 20).atTime(9, 0).atZone(CHINA).toInstant();
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .clock(TimeSource.fixed(now))
                .demoCatalogue()
                .configure("org.bianmin.audit.trail", Map.of("keystore.path", dir.resolve("audit.p12").toString(),
                        "keystore.password", "felix-proxy-secret", "checkpoint.interval.minutes", 0))
                .configure("org.bianmin.proxy.ledger", Map.of("personal.data.key.file",
                        dir.resolve("proxy.key").toString(), "county.logins", new String[] {AGENT.id(), CENTRE.id()}))
                .start()) {
            ProxyPoints points = felix.service(ProxyPoints.class);
            ProxyCases cases = felix.service(ProxyCases.class);
            ProxyReports reports = felix.service(ProxyReports.class);
            PointLedgers ledgers = felix.service(PointLedgers.class);
            StandardsChecker checker = felix.service(StandardsChecker.class);
            ServiceCatalogue catalogue = felix.service(ServiceCatalogue.class);
            AuditTrail trail = felix.service(AuditTrail.class);

            LocalDate today = LocalDate.ofInstant(now, CHINA);
            points.registerPoint(new ProxyPoint("heping", "兴隆镇和平村便民服务室", PointKind.SERVICE_ROOM, HEPING), CENTRE);
            points.registerAgent(new Agent("zhang", "heping", "张华", AgentRole.CLERK), CENTRE);
            ReportingPeriod week = ReportingPeriod.of(today.minusDays(6), today);
            for (LocalDate day = week.from(); !day.isAfter(week.to()); day = day.plusDays(1)) {
                points.scheduleDuty(new DutyShift("heping", "zhang", day), CENTRE);
            }
            ledgers.recordInspection(new Inspection("heping", today, "兴隆镇 王副镇长", "台账齐全，按时反馈"), CENTRE);

            String id = IdCardNumber.of("51332219450312002" + IdCardNumber.checkCharacter("51332219450312002")).value();
            long auditBefore = trail.size();
            ProxyCase received = cases.receive(new NewCase("heping", "zhang", Applicant.of("刘秀英", id, "13812345678"),
                    ITEM, now, Channel.WALK_IN, Set.of(), Set.of()), AGENT);
            HandlingAnswer answer = catalogue.whoHandles(ITEM, HEPING, today);
            assertEquals(answer.handlingPlace().siteName(), received.handlingPlace());
            assertEquals("5133**********" + id.substring(14), received.maskedIdNumber());

            List<String> materials = answer.materials().stream().filter(Material::required).map(Material::name).toList();
            assertFalse(materials.isEmpty());
            ProxyCase returned = cases.check(received.id(), Set.of(), AGENT);
            assertEquals(CaseState.RETURNED, returned.state());
            assertEquals(materials, returned.missingMaterials());
            cases.resubmit(received.id(), AGENT);
            ProxyCase checked = cases.check(received.id(), new HashSet<>(materials), AGENT);
            assertEquals(CaseState.CHECKED, checked.state());
            assertEquals(catalogue.deadline(today, answer.promisedDays()), checked.deadline());

            BianminException early = assertThrows(BianminException.class,
                    () -> cases.answer(received.id(), AnswerMethod.PHONE, now, AGENT));
            assertEquals(ErrorCode.CASE_WRONG_STATE, early.code());

            cases.forward(received.id(), AGENT);
            cases.startHandling(received.id(), CENTRE);
            cases.complete(received.id(), "津贴已核发", CENTRE);
            cases.answer(received.id(), AnswerMethod.PHONE, now, AGENT);
            String code = cases.issueRatingCode(received.id(), AGENT).code();
            assertEquals(5, cases.rateByApplicant(code, 5, "不用跑镇上").rating());
            assertEquals(8, cases.history(received.id()).size());

            Applicant clear = cases.applicant(received.id(), CENTRE, "电话回访");
            assertEquals(id, clear.idNumber().value());
            List<AuditEntry> logged = trail.entries(auditBefore, trail.size());
            // the case's own events, in order; the demo catalogue's import may reach the trail from its
            // outbox at any point in between, since the order across modules' outboxes is not kept
            List<String> types = logged.stream().filter(entry -> entry.subject().equals(received.id()))
                    .map(entry -> entry.type().name()).toList();
            assertEquals("PROXY_CASE_RECEIVED", types.get(0));
            assertEquals(7, types.stream().filter("PROXY_CASE_TRANSITION"::equals).count(), types.toString());
            assertEquals("PERSONAL_DATA_READ", types.get(types.size() - 1), types.toString());
            assertTrue(logged.stream().noneMatch(entry -> entry.payloadJson().contains(id)),
                    "the audit trail holds the ID number in clear");

            assertEquals(new Ratio(1, 1), reports.indicators(LedgerScope.township(HEPING.township()), week).answered());
            assertEquals(new Ratio(0, 1), reports.indicators(LedgerScope.point("heping"), week).oneTrip(),
                    "two trips: receipt and resubmission");
            assertEquals(0, reports.unanswered(LedgerScope.county(DivisionCode.LUDING), today).cases().size());

            SiteReport report = checker.check(site("""
                    {"kind": "VILLAGE_ROOM", "name": "兴隆镇和平村便民服务室", "divisionCode": "513322102201",
                     "township": "兴隆镇", "proxyPointId": "heping", "areaM2": 17}"""), week);
            assertEquals(RuleStatus.PASS, report.result("V-AREA").orElseThrow().status());
            assertEquals(RuleStatus.PASS, report.result("V-ONDUTY").orElseThrow().status(),
                    report.result("V-ONDUTY").orElseThrow().detail());
            assertEquals(RuleStatus.PASS, report.result("V-FEEDBACK").orElseThrow().status());
            assertEquals(RuleStatus.PASS, report.result("V-SUPERVISE").orElseThrow().status());
            assertEquals(RuleStatus.PASS, report.result("V-AGENTS").orElseThrow().status());
            assertEquals(RuleStatus.NOT_ASSESSED, report.result("V-EQUIP").orElseThrow().status());
            StandardsReportRenderer renderer = felix.service(StandardsReportRenderer.class);
            assertTrue(renderer.render(report, Format.JSON, null).startsWith("{\"site\":\"兴隆镇和平村便民服务室\",\"kind\":\"VILLAGE_ROOM\""));
            assertNotNull(renderer.render(List.of(report), Format.HTML, null));

            BianminException invalid = assertThrows(BianminException.class, () -> checker.check(site(
                    "{\"kind\":\"VILLAGE_ROOM\",\"name\":\"x\",\"divisionCode\":\"513322\",\"areaM2\":-3}"), week));
            assertEquals(ErrorCode.SITE_DESCRIPTION_INVALID, invalid.code());
            assertTrue(invalid.getMessage().startsWith("areaM2"), invalid.getMessage());
        }
    }

    @Test
    void thresholdsAndCountyNameComeFromConfiguration() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .configure("org.bianmin.standards.checker", Map.of("county.name", "康定市",
                        "room.min.area.m2", 18.0))
                .start()) {
            StandardsChecker checker = felix.service(StandardsChecker.class);
            ReportingPeriod year = ReportingPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
            SiteReport room = checker.check(site("""
                    {"kind": "VILLAGE_ROOM", "name": "泸定县兴隆镇和平村便民服务室", "divisionCode": "513322",
                     "areaM2": 17}"""), year);
            assertEquals(RuleStatus.FAIL, room.result("V-AREA").orElseThrow().status());
            assertTrue(room.result("V-AREA").orElseThrow().detail().contains("required at least 18 m²"));
            SiteReport centre = checker.check(site("""
                    {"kind": "TOWNSHIP_CENTRE", "name": "泸定县兴隆镇便民服务中心", "divisionCode": "513322",
                     "areaM2": 130, "signage": {"text": "泸定县兴隆镇便民服务中心"}}"""), year);
            assertEquals(RuleStatus.PASS, centre.result("C-AREA").orElseThrow().status());
            assertEquals(RuleStatus.FAIL, centre.result("C-NAME").orElseThrow().status());
            assertTrue(centre.result("C-NAME").orElseThrow().detail().contains("expected 康定市XX乡/镇便民服务中心"),
                    centre.result("C-NAME").orElseThrow().detail());
            assertEquals(RuleStatus.NOT_ASSESSED, room.result("V-ONDUTY").orElseThrow().status());
        }
    }

    /** A site description from its JSON form, read here as the REST API and the shell read it. */
    private static SiteDescription site(String json) throws Exception {
        return new ObjectMapper().readValue(json, SiteDescription.class);
    }
}
