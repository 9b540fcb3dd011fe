package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.CaseTransition;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.bianmin.testing.SteppingClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The services on any day, not only the day the build runs: with the platform's clock (a registered
 * {@link TimeSource}) at the turn of the last official calendar year, in provisional years and ten
 * years ahead, a proxy case goes from receipt to check with its deadline flagged provisional exactly
 * when it counts days of a year without a notice, a seal is issued, signs and verifies; and loading
 * the missing year through the shell recomputes the case's deadline.
 */
class CalendarYearsFelixIT {
    private static final Actor AGENT = Actor.of("agent.zhang");
    private static final Actor CENTRE = Actor.of("xinglong.centre.li");
    private static final Actor CLERK = Actor.of("county.clerk.wang");
    private static final Actor APPROVER = Actor.of("county.approver.li");
    private static final DivisionCode HEPING = DivisionCode.of("513322102201");
    private static final String ITEM = "LD-MZ-005";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-12-01T09:00, false",   // inside the last official year
        "2026-12-31T09:00, true",    // its last working day: the count runs into 2027
        "2027-12-31T09:00, true",    // 31 December of a provisional year
        "2028-01-01T09:00, true",    // 1 January of a provisional year (a holiday: received, checked)
        "2036-06-01T09:00, true",    // ten years ahead
    })
    void casesSealsAndVerificationWorkOnAnyDay(String civilTime, boolean provisional) throws Exception {
        SteppingClock clock = SteppingClock.atChina(civilTime);
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase().clock(clock)
                .demoCatalogue()
                .configure("org.bianmin.audit.trail", Map.of("checkpoint.interval.minutes", 0))
                .configure("org.bianmin.proxy.ledger", Map.of("personal.data.key.file",
                        dir.resolve("proxy.key").toString(), "county.logins", new String[] {AGENT.id(), CENTRE.id()}))
                .start()) {
            Instant now = clock.now();
            LocalDate today = LocalDate.ofInstant(now, TimeSource.CHINA);

            ProxyCase checked = checkedCase(felix, now, today);
            assertEquals(CaseState.CHECKED, checked.state());
            assertEquals(provisional, checked.deadlineProvisional(), "deadline " + checked.deadline());
            WorkingDays days = felix.service(WorkingDays.class);
            assertEquals(!provisional, days.isOfficial(checked.deadline()));

            SealRegistry registry = felix.service(SealRegistry.class);
            Seal seal = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", DivisionCode.of("513322102"),
                    "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now, now.plus(Duration.ofDays(3 * 365)), CLERK));
            registry.approve(seal.esId(), APPROVER);
            registry.make(seal.esId(), APPROVER);
            registry.activate(seal.esId(), APPROVER);
            registry.confirm(seal.esId(), registry.proposeCustody(seal.esId(), CLERK, Actor.of("county.admin.zhang"),
                    null).id(), APPROVER);
            clock.advance(Duration.ofMinutes(5));
            byte[] decision = ("准予许可决定书 " + civilTime).getBytes(StandardCharsets.UTF_8);
            SealSignature signature = felix.service(SealSigner.class).sign(seal.esId(), decision, "泸兴审〔" + today.getYear()
                    + "〕1号", CLERK);
            SealVerifier verifier = felix.service(SealVerifier.class);
            VerificationReport report = verifier.verifyDetached(signature.der(), new ByteArrayInputStream(decision),
                    verifier.defaultPolicy().withTrustAnchors(felix.service(SealMakerAuthority.class).caCertificates()));
            assertEquals(Indication.TOTAL_PASSED, report.overall(), report.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource("2026-12-29T10:00")
    void loadingTheMissingYearFromTheShellRecomputesTheCasesDeadline(String civilTime) throws Exception {
        SteppingClock clock = SteppingClock.atChina(civilTime);
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase().clock(clock)
                .demoCatalogue()
                .configure("org.bianmin.audit.trail", Map.of("checkpoint.interval.minutes", 0))
                .configure("org.bianmin.proxy.ledger", Map.of("personal.data.key.file",
                        dir.resolve("proxy.key").toString(), "county.logins", new String[] {AGENT.id(), CENTRE.id()}))
                .configure("org.bianmin.shell", Map.of("console.user", "supervisor.liu"))
                .start()) {
            Instant now = clock.now();
            ProxyCase checked = checkedCase(felix, now, LocalDate.ofInstant(now, TimeSource.CHINA));
            assertTrue(checked.deadlineProvisional());
            GogoShell shell = new GogoShell(felix);
            String before = shell.run("catalogue:calendar");
            assertTrue(before.contains("2026  official  国务院办公厅关于2026年部分节假日安排的通知"), before);
            assertTrue(before.contains("2027– provisional"), before);

            // a notice that gives 2027-01-04..08 off: the deadline moves a week, and is final
            Path notice = dir.resolve("2027.calendar");
            Files.writeString(notice, """
                    year 2027
                    source 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号，测试用）
                    holiday 2027-01-01..2027-01-08 元旦（测试）
                    """);
            String refused = shell.run("catalogue:calendar-load " + dir.resolve("missing.calendar"));
            assertTrue(refused.startsWith("ERROR CALENDAR_FILE_INVALID:"), refused);
            String typedLoader = shell.run("catalogue:calendar-load " + notice + " county.admin.zhao");
            assertTrue(typedLoader.startsWith("usage: catalogue:calendar-load FILE "),
                    "the loader is the shell user, not a typed name: " + typedLoader);
            String loaded = shell.run("catalogue:calendar-load " + notice);
            assertTrue(loaded.startsWith("2027 is official"), loaded);
            String years = shell.run("catalogue:calendar");
            assertTrue(years.contains("2028– provisional"), years);
            assertTrue(years.contains(", by supervisor.liu)"), "loaded by the console user: " + years);

            ProxyCases cases = felix.service(ProxyCases.class);
            ProxyCase after = cases.findCase(checked.id());
            assertFalse(after.deadlineProvisional());
            assertTrue(after.deadline().isAfter(checked.deadline()), checked.deadline() + " → " + after.deadline());
            List<CaseTransition> history = cases.history(checked.id());
            CaseTransition last = history.get(history.size() - 1);
            assertEquals("supervisor.liu", last.actor().id());
            assertTrue(last.note().contains(checked.deadline() + " → " + after.deadline()), last.note());
        }
    }

    private static ProxyCase checkedCase(FelixRuntime felix, Instant now, LocalDate today) throws Exception {
        ProxyPoints points = felix.service(ProxyPoints.class);
        ProxyCases cases = felix.service(ProxyCases.class);
        ServiceCatalogue catalogue = felix.service(ServiceCatalogue.class);
        points.registerPoint(new ProxyPoint("heping", "兴隆镇和平村便民服务室", PointKind.SERVICE_ROOM, HEPING), CENTRE);
        points.registerAgent(new Agent("zhang", "heping", "张华", AgentRole.CLERK), CENTRE);
        String id = IdCardNumber.of("51332219450312002" + IdCardNumber.checkCharacter("51332219450312002")).value();
        ProxyCase received = cases.receive(new NewCase("heping", "zhang", Applicant.of("刘秀英", id, "13812345678"),
                ITEM, now, Channel.WALK_IN, java.util.Set.of(), java.util.Set.of()), AGENT);
        HandlingAnswer answer = catalogue.whoHandles(ITEM, HEPING, today);
        List<String> materials = answer.materials().stream().filter(Material::required).map(Material::name).toList();
        return cases.check(received.id(), new HashSet<>(materials), AGENT);
    }
}
