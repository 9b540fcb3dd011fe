package org.bianmin.standards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.PointActivity;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.RuleStatus;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.internal.json.SiteDescriptionJson;
import org.junit.jupiter.api.Test;

/** Each rule passes on a complete site and fails on the edit that breaks it. */
class RulesTest {
    private static final ReportingPeriod Q4 = ReportingPeriod.of(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 31));
    private static final ProxyPoint HEPING = new ProxyPoint("heping", "兴隆镇和平村便民服务室", PointKind.SERVICE_ROOM,
            DivisionCode.of("513322102201"));

    private final SiteChecker checker = new SiteChecker(Thresholds.plan(), null);

    private static PointActivity activity(List<LocalDate> gaps, long received, long withResult, long answered,
            List<LocalDate> inspections, List<AgentRole> roles) {
        return new PointActivity(HEPING, Q4, List.of(LocalDate.of(2021, 10, 8), LocalDate.of(2021, 10, 11)), gaps,
                roles, received, withResult, answered, inspections);
    }

    private static final PointActivity GOOD = activity(List.of(), 5, 4, 4,
            List.of(LocalDate.of(2021, 11, 2), LocalDate.of(2021, 12, 20)), List.of(AgentRole.CLERK, AgentRole.VOLUNTEER));

    private RuleResult centre(String rule, Consumer<ObjectNode> edit) {
        return checker.check(SiteDescriptionJson.read(Sites.edit(Sites.completeCentre(), edit)), Q4).result(rule).orElseThrow();
    }

    private RuleResult room(String rule, Consumer<ObjectNode> edit, PointActivity activity) {
        return new SiteChecker(Thresholds.plan(), (point, period) -> java.util.Optional.of(activity))
                .check(SiteDescriptionJson.read(Sites.edit(Sites.completeRoom(), edit)), Q4).result(rule).orElseThrow();
    }

    private static void assertStatus(RuleStatus status, RuleResult result, String detailPart) {
        assertEquals(status, result.status(), result.detail());
        assertTrue(result.detail().contains(detailPart), result.detail());
    }

    @Test
    void aCompleteCentrePassesEveryRuleButTheAdvisoryOne() {
        SiteReport report = checker.check(SiteDescriptionJson.read(Sites.completeCentre()), Q4);
        for (RuleResult result : report.results()) {
            assertEquals(result.rule().equals("C-SPECIAL") ? RuleStatus.ADVISORY : RuleStatus.PASS, result.status(),
                    result.rule() + ": " + result.detail());
        }
        assertEquals(25, report.summary().pass());
        assertEquals(checker.ruleIds().subList(0, 26), report.results().stream().map(RuleResult::rule).toList());
    }

    @Test
    void aCompleteRoomLinkedToAGoodLedgerPassesEveryRule() {
        SiteReport report = new SiteChecker(Thresholds.plan(), (point, period) -> java.util.Optional.of(GOOD))
                .check(SiteDescriptionJson.read(Sites.completeRoom()), Q4);
        for (RuleResult result : report.results()) {
            assertEquals(RuleStatus.PASS, result.status(), result.rule() + ": " + result.detail());
        }
        assertEquals(11, report.summary().pass());
    }

    @Test
    void everyRuleHasItsRequirementsId() {
        assertEquals(List.of("C-AREA", "C-NAME", "C-ZONES", "C-EQUIP", "C-NET", "C-FIRE", "C-SEAL", "C-WINDOWS",
                "C-COUNTER", "C-SPECIAL", "C-SUPPLIES", "C-CCTV", "C-EMERGENCY", "C-DISCLOSE", "C-GUIDE", "C-GOVINFO",
                "C-BADGE", "C-STAFF", "C-ABPOST", "C-CANTDO", "C-RULES", "C-COMPLAINT", "C-EVAL", "C-ASSESS",
                "C-PATROL", "C-TRAINING", "V-AREA", "V-SIXONE", "V-BADGE", "V-EQUIP", "V-LEDGERS", "V-ONDUTY",
                "V-AGENTS", "V-ITEMS", "V-FEEDBACK", "V-SUPERVISE", "V-RULES"), checker.ruleIds());
    }

    @Test
    void areaBelowThePlansMinimumFails() {
        assertStatus(RuleStatus.FAIL, centre("C-AREA", site -> site.put("areaM2", 79.5)),
                "measured 79.5 m², required at least 80 m²");
        assertStatus(RuleStatus.FAIL, room("V-AREA", site -> site.put("areaM2", 14), GOOD), "measured 14 m²");
        assertStatus(RuleStatus.NOT_ASSESSED, centre("C-AREA", site -> site.remove("areaM2")), "no 'areaM2'");
    }

    @Test
    void thresholdsAndCountyNameAreConfigurable() {
        Thresholds tuned = new Thresholds(150, 15, 4, 75, 5, 75, 100, 2, 3, 90, 365, 100_000, "康定市");
        SiteReport report = new SiteChecker(tuned, null).check(SiteDescriptionJson.read(Sites.completeCentre()), Q4);
        assertStatus(RuleStatus.FAIL, report.result("C-AREA").orElseThrow(), "required at least 150 m²");
        assertStatus(RuleStatus.FAIL, report.result("C-NAME").orElseThrow(), "expected 康定市XX乡/镇便民服务中心");
        BianminException bad = assertThrows(BianminException.class,
                () -> new Thresholds(80, 15, 4, 75, 5, 100, 75, 2, 3, 90, 365, 100_000, "泸定县"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, bad.code());
    }

    @Test
    void theRegisteredNameIsJudgedWithoutSignage() {
        assertStatus(RuleStatus.FAIL, centre("C-NAME", site -> {
            site.put("name", "兴隆镇便民服务中心");
            site.remove("signage");
        }), "name '兴隆镇便民服务中心' lacks the county 泸定县 — expected 泸定县XX乡/镇便民服务中心: 泸定县兴隆镇便民服务中心 ✗");
        RuleResult right = centre("C-NAME", site -> site.remove("signage"));
        assertStatus(RuleStatus.PASS, right, "name '泸定县兴隆镇便民服务中心' is 泸定县XX乡/镇便民服务中心 ✓");
        assertTrue(right.detail().endsWith("; signage not described, not assessed"), right.detail());
        assertStatus(RuleStatus.FAIL, centre("C-NAME", site -> site.put("name", "泸定县兴隆镇")),
                "lacks the suffix 便民服务中心 — expected 泸定县XX乡/镇便民服务中心: 泸定县兴隆镇便民服务中心 ✗");
        assertStatus(RuleStatus.FAIL, centre("C-NAME", site -> site.put("name", "泸定县便民服务中心")),
                "lacks the township 兴隆镇 — expected 泸定县XX乡/镇便民服务中心: 泸定县兴隆镇便民服务中心 ✗");
        assertStatus(RuleStatus.FAIL, centre("C-NAME", site -> {
            site.put("name", "康定市兴隆镇政务大厅");
            site.remove("township");
        }), "lacks the county 泸定县, the suffix 便民服务中心 — expected 泸定县XX乡/镇便民服务中心: 泸定县兴隆镇便民服务中心");
    }

    @Test
    void aDescribedSignIsTheRulesSecondPart() {
        RuleResult red = centre("C-NAME", site -> ((ObjectNode) site.get("signage")).put("colour", "OTHER"));
        assertStatus(RuleStatus.FAIL, red, "signage in red ✗");
        assertTrue(red.detail().contains("name '泸定县兴隆镇便民服务中心' is 泸定县XX乡/镇便民服务中心 ✓"), red.detail());
        assertStatus(RuleStatus.FAIL, centre("C-NAME", site -> ((ObjectNode) site.get("signage"))
                .put("text", "兴隆镇政务大厅")), "signage text '兴隆镇政务大厅' lacks the county 泸定县, the suffix 便民服务中心");
        assertStatus(RuleStatus.FAIL, centre("C-NAME", site -> site.put("township", "冷碛镇")),
                "lacks the township 冷碛镇 — expected 泸定县XX乡/镇便民服务中心: 泸定县冷碛镇便民服务中心");
        assertStatus(RuleStatus.NOT_ASSESSED, centre("C-NAME", site -> ((ObjectNode) site.get("signage"))
                .remove("typeface")), "signage in Song typeface (not described)");
        assertStatus(RuleStatus.PASS, centre("C-NAME", site -> ((ObjectNode) site.get("signage"))
                .put("text", "泸定县 兴隆镇 便民服务中心")), "signage text '泸定县 兴隆镇 便民服务中心' is");
        assertStatus(RuleStatus.FAIL, centre("C-NAME", site -> ((ObjectNode) site.get("signage"))
                .put("text", "泸定县兴隆镇便民服务站")), "signage text '泸定县兴隆镇便民服务站' lacks the suffix 便民服务中心");
        assertStatus(RuleStatus.PASS, centre("C-NAME", site -> {
            site.put("kind", "STATION");
            ((ObjectNode) site.get("signage")).put("text", "泸定县兴隆镇便民服务站");
        }), "signage text '泸定县兴隆镇便民服务站' is 泸定县XX乡/镇便民服务中心/便民服务站 ✓");
    }

    @Test
    void sixOnesNeedTheSignAndFourItems() {
        assertStatus(RuleStatus.PASS, room("V-SIXONE", site -> ((ObjectNode) site.get("signage"))
                .put("text", "泸定县兴隆镇和平村便民服务室"), GOOD), "✓");
        assertStatus(RuleStatus.PASS, room("V-SIXONE", site -> ((ObjectNode) site.get("signage"))
                .put("text", "得妥镇某社区便民服务代办点"), GOOD), "✓");
        assertStatus(RuleStatus.FAIL, room("V-SIXONE", site -> ((ObjectNode) site.get("signage"))
                .put("text", "和平村村委会"), GOOD), "sign reads '和平村村委会' ✗");
        assertStatus(RuleStatus.FAIL, room("V-SIXONE", site -> site.putArray("facilities").add("LEDGER"), GOOD),
                "plain-language card (明白卡) ✗");
    }

    @Test
    void codeListRulesNameWhatIsMissing() {
        assertStatus(RuleStatus.FAIL, centre("C-ZONES", site -> site.putArray("zones").add("OFFICE")),
                "zones lacks 2 of 3: SERVICE, WAITING");
        assertStatus(RuleStatus.FAIL, centre("C-EQUIP", site -> site.putArray("equipment").add("COMPUTER")),
                "lacks 7 of 8");
        assertStatus(RuleStatus.NOT_ASSESSED, centre("C-NET", site -> site.remove("facilities")), "no 'facilities'");
        assertStatus(RuleStatus.FAIL, centre("C-RULES", site -> site.putArray("publishedRules")), "lacks 6 of 6");
        assertStatus(RuleStatus.FAIL, centre("C-ASSESS", site -> site.putArray("publishedRules")
                .add("WINDOW_ASSESSMENT")), "PROXY_POINT_ASSESSMENT");
        assertStatus(RuleStatus.FAIL, room("V-EQUIP", site -> site.putArray("equipment").add("COMPUTER"), GOOD), "FAX");
        assertStatus(RuleStatus.FAIL, room("V-LEDGERS", site -> site.putArray("facilities"), GOOD), "CARE_LEDGER");
        assertStatus(RuleStatus.FAIL, room("V-ITEMS", site -> site.putArray("facilities"), GOOD), "HIGH_FREQUENCY_LIST");
    }

    @Test
    void windowsAndCounters() {
        assertStatus(RuleStatus.FAIL, centre("C-WINDOWS", site -> site.withArray("windows").remove(3)),
                "counted 3 comprehensive windows");
        assertStatus(RuleStatus.FAIL, centre("C-COUNTER", site -> ((ObjectNode) site.withArray("windows").get(2))
                .put("counterWidthCm", 120)), "windows[2] 75×120 cm");
        assertStatus(RuleStatus.FAIL, centre("C-COUNTER", site -> ((ObjectNode) site.withArray("windows").get(0))
                .put("counterHeightCm", 90)), "windows[0] 90×90 cm");
        assertStatus(RuleStatus.NOT_ASSESSED, centre("C-COUNTER", site -> ((ObjectNode) site.withArray("windows")
                .get(0)).remove("counterHeightCm")), "1 of 6 counters not measured");
        assertStatus(RuleStatus.FAIL, centre("C-CCTV", site -> ((ObjectNode) site.withArray("windows").get(4))
                .put("cctv", false)), "5 of 6 windows covered");
        assertStatus(RuleStatus.ADVISORY, centre("C-SPECIAL", site -> { }), "special windows present: TOURISM");
        assertStatus(RuleStatus.FAIL, centre("C-CANTDO", site -> site.withArray("windows").remove(4)),
                "办不成事反映窗口 ✗");
    }

    @Test
    void sealEmergencyDisclosureAndInformation() {
        assertStatus(RuleStatus.FAIL, centre("C-SEAL", site -> ((ObjectNode) site.get("seal"))
                .put("governmentSealForApprovals", true)), "government seal not used for approvals ✗");
        assertStatus(RuleStatus.FAIL, centre("C-SEAL", site -> ((ObjectNode) site.get("seal")).put("sites", 2)),
                "2 sites use numbered seals (印章编号管理) ✗");
        assertStatus(RuleStatus.FAIL, centre("C-EMERGENCY", site -> ((ObjectNode) site.get("emergency"))
                .put("plan", false)), "emergency response plan (应急处置预案) ✗");
        assertStatus(RuleStatus.FAIL, centre("C-DISCLOSE", site -> ((ObjectNode) site.get("disclosure"))
                .put("itemsPublished", 80)), "80 of 86 items published ✗");
        assertStatus(RuleStatus.FAIL, centre("C-GOVINFO", site -> site.putArray("govInfoTopics").add("EMPLOYMENT")),
                "topics missing");
        assertStatus(RuleStatus.FAIL, centre("C-COMPLAINT", site -> site.put("complaintPhone", " ")),
                "complaint phone ✗");
        assertStatus(RuleStatus.FAIL, centre("C-EVAL", site -> {
            site.putArray("equipment");
            site.putArray("facilities");
        }), "neither");
    }

    @Test
    void staffBadgesAndPosts() {
        assertStatus(RuleStatus.FAIL, centre("C-BADGE", site -> ((ObjectNode) site.withArray("staff").get(0)
                .get("badge")).put("partyMarked", false)), "staff[0] badge lacks party membership mark");
        assertStatus(RuleStatus.FAIL, centre("C-BADGE", site -> ((ObjectNode) site.withArray("staff").get(1)
                .get("badge")).remove("unit")), "staff[1] badge lacks unit");
        assertStatus(RuleStatus.PASS, room("V-BADGE", site -> { }, GOOD), "all 1 badges complete");
        assertStatus(RuleStatus.FAIL, centre("C-STAFF", site -> ((ObjectNode) site.withArray("staff").get(1))
                .put("employment", "OTHER")), "staff[1] is OTHER");
        assertStatus(RuleStatus.FAIL, centre("C-ABPOST", site -> ((ObjectNode) site.withArray("staff").get(1))
                .put("abPost", "A")), "A posts 2, B posts 0 ✗");
        assertStatus(RuleStatus.FAIL, centre("C-ABPOST", site -> site.withArray("staff").remove(1)),
                "1 staff on A/B posts, expected 2–3");
    }

    @Test
    void patrolsAndTrainingsMustRecur() {
        assertStatus(RuleStatus.FAIL, centre("C-PATROL", site -> site.putArray("patrols").add("2021-10-01")),
                "longest gap 91 days");
        assertStatus(RuleStatus.PASS, centre("C-PATROL", site -> site.putArray("patrols").add("2021-10-02")),
                "longest gap 90 days");
        assertStatus(RuleStatus.FAIL, centre("C-TRAINING", site -> site.putArray("trainings")), "none ever recorded");
        assertStatus(RuleStatus.FAIL, centre("C-TRAINING", site -> site.putArray("trainings").add("2020-12-01")),
                "longest gap 395 days");
    }

    @Test
    void ledgerRulesAreComputedFromTheLedgerNotDeclared() {
        PointActivity gaps = activity(List.of(LocalDate.of(2021, 10, 11)), 5, 4, 4, GOOD.inspections(), GOOD.agentRoles());
        assertStatus(RuleStatus.FAIL, room("V-ONDUTY", site -> { }, gaps), "nobody on duty on 2021-10-11");
        assertStatus(RuleStatus.PASS, room("V-ONDUTY", site -> { }, GOOD), "roster covers 2 of 2 working days");

        PointActivity unanswered = activity(List.of(), 5, 4, 3, GOOD.inspections(), GOOD.agentRoles());
        assertStatus(RuleStatus.FAIL, room("V-FEEDBACK", site -> { }, unanswered), "4 with a result, 3 answered");
        PointActivity idle = activity(List.of(), 0, 0, 0, GOOD.inspections(), GOOD.agentRoles());
        assertStatus(RuleStatus.NOT_ASSESSED, room("V-FEEDBACK", site -> { }, idle), "no case recorded");

        PointActivity uninspected = activity(List.of(), 5, 4, 4, List.of(), GOOD.agentRoles());
        assertStatus(RuleStatus.FAIL, room("V-SUPERVISE", site -> { }, uninspected), "none ever recorded");

        PointActivity volunteers = activity(List.of(), 5, 4, 4, GOOD.inspections(), List.of(AgentRole.VOLUNTEER));
        assertStatus(RuleStatus.FAIL, room("V-AGENTS", site -> { }, volunteers), "0 of them village cadres");
    }

    @Test
    void agentsComeFromTheLedgerOrElseFromTheDescribedStaff() {
        assertStatus(RuleStatus.PASS, room("V-AGENTS", site -> site.remove("proxyPointId"), GOOD),
                "1 agents described, 1 of them village cadres ([CLERK])");
        assertStatus(RuleStatus.FAIL, room("V-AGENTS", site -> {
            site.remove("proxyPointId");
            ((ObjectNode) site.withArray("staff").get(0)).put("role", "VOLUNTEER");
        }, GOOD), "0 of them village cadres");
        assertStatus(RuleStatus.NOT_ASSESSED, room("V-AGENTS", site -> {
            site.remove("proxyPointId");
            ((ObjectNode) site.withArray("staff").get(0)).remove("role");
        }, GOOD), "no 'staff[].role'");
        assertStatus(RuleStatus.PASS, room("V-AGENTS", site -> { }, GOOD), "registered in the ledger");
    }

    @Test
    void ledgerRulesAreNotAssessedWithoutALink() {
        assertStatus(RuleStatus.NOT_ASSESSED, room("V-ONDUTY", site -> site.remove("proxyPointId"), GOOD),
                "names no 'proxyPointId'");
        RuleResult noLedger = checker.check(SiteDescriptionJson.read(Sites.completeRoom()), Q4).result("V-FEEDBACK").orElseThrow();
        assertStatus(RuleStatus.NOT_ASSESSED, noLedger, "no proxy ledger is available");
    }

    @Test
    void anUnknownLinkedPointMakesTheDescriptionInvalid() {
        SiteChecker linked = new SiteChecker(Thresholds.plan(), (point, period) -> {
            throw new BianminException(ErrorCode.PROXY_POINT_NOT_FOUND, "no point " + point);
        });
        BianminException failure = assertThrows(BianminException.class,
                () -> linked.check(SiteDescriptionJson.read(Sites.completeRoom()), Q4));
        assertEquals(ErrorCode.SITE_DESCRIPTION_INVALID, failure.code());
        assertTrue(failure.getMessage().startsWith("proxyPointId"), failure.getMessage());
    }
}
