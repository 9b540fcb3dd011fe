package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * A seal's whole life in the console, by two administrators and an approver: admin.wang (who is
 * also an approver) requests it and finds his own request's approval disabled with the dual-control
 * rule as the reason; approver.li approves it from the queue; admin.zhang makes and activates it,
 * proposes custody, which approver.li confirms on the seal's page; admin.zhang withdraws it (the
 * seal's custody list shows both), requests a sub-seal, suspends the seal and proposes its
 * resumption, each after confirmation, and the seal stays suspended until approver.li confirms;
 * admin.zhang revokes it; the state history names who did what and why.
 */
class ConsoleSealLifeIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.office();


    @Test
    void aSealFromRequestToRevocation() {
        String township = Divisions.freshTownship();
        BROWSER.signIn("admin.wang", "zh");
        BROWSER.open("/console/#/request");
        BROWSER.type("#request-ownerUnit", "泸定县测试镇便民服务中心");
        BROWSER.type("#request-ownerDivision", township);
        BROWSER.type("#request-name", "泸定县测试镇人民政府审批服务专用章");
        BROWSER.type("#request-purpose", "审批专用章");
        BROWSER.setValue("#request-validFrom", "2026-01-01");
        BROWSER.setValue("#request-validTo", "2031-01-01");
        BROWSER.click("#request-submit");
        BROWSER.waitFor("#seal-details");
        String esId = BROWSER.text("#seal-details dd[data-field=esId]");
        assertTrue(esId.matches("513322\\d{8}"), esId);
        assertEquals(township, BROWSER.text("#seal-details dd[data-field=ownerDivision]"));
        assertState("REQUESTED");

        BROWSER.open("/console/#/queue");
        WebElement own = BROWSER.waitFor("#queue-table tr[data-es-id='" + esId + "'] button.approve");
        assertNotNull(own.getAttribute("disabled"), "his own request cannot be approved");
        assertTrue(BROWSER.text("#queue-table tr[data-es-id='" + esId + "'] .dual-control").contains("双人控制"));
        BROWSER.screenshot("approval-queue");

        BROWSER.signIn("approver.li", "zh");
        BROWSER.open("/console/#/queue");
        BROWSER.click("#queue-table tr[data-es-id='" + esId + "'] button.approve");
        BROWSER.click("#confirm-ok");
        BROWSER.waitUntilText("#status", esId);

        BROWSER.signIn("admin.zhang", "zh");
        BROWSER.open("/console/#/seals/" + esId);
        act("make", null);
        assertState("MADE");
        act("activate", null);
        assertState("ACTIVE");
        BROWSER.click("#action-grantCustody");
        BROWSER.type("#confirm-user", "custodian.chen");
        BROWSER.click("#confirm-ok");
        BROWSER.waitUntilText("#status", "已提出授权用印人");
        BROWSER.waitFor("#proposals-table tr[data-kind=CUSTODY] button.withdraw-proposal");
        confirmProposal(esId, "CUSTODY");
        BROWSER.waitUntilText("#seal-proposals", "没有待确认的提议");

        BROWSER.signIn("admin.zhang", "zh");
        BROWSER.open("/console/#/seals/" + esId);
        BROWSER.waitUntilAttribute("#custody-table tr[data-operator='custodian.chen']", "data-holds", "true");
        BROWSER.click("#action-withdrawCustody");
        BROWSER.type("#confirm-user", "custodian.chen");
        BROWSER.click("#confirm-ok");
        BROWSER.waitUntilAttribute("#custody-table tr[data-operator='custodian.chen']", "data-holds", "false");
        assertTrue(BROWSER.text("#custody-table").contains("已由 admin.zhang"), "who withdrew it");
        BROWSER.click("#action-subSeal");
        BROWSER.type("#confirm-siteName", "测试村便民服务室");
        BROWSER.type("#confirm-siteDivision", township + "201");
        BROWSER.click("#confirm-ok");
        assertEquals("1", BROWSER.text("#sub-seals-table tbody tr td"), "the first sub-seal is numbered 1");
        BROWSER.waitFor("#seal-picture");
        BROWSER.screenshot("seal-page");

        act("suspend", "印章遗失，暂停使用");
        assertState("SUSPENDED");
        act("resume", "已找回");
        BROWSER.waitUntilText("#status", "须由另一位印章审批人确认");
        assertState("SUSPENDED");
        BROWSER.waitFor("#proposals-table tr[data-kind=RESUMPTION]");
        BROWSER.screenshot("seal-proposals");

        confirmProposal(esId, "RESUMPTION");
        assertState("ACTIVE");
        BROWSER.waitUntilText("#seal-proposals", "没有待确认的提议");

        BROWSER.signIn("admin.zhang", "zh");
        BROWSER.open("/console/#/seals/" + esId);
        act("revoke", "机构撤并，注销");
        assertState("REVOKED");
        String history = BROWSER.waitUntilText("#history-table", "机构撤并，注销");
        assertTrue(history.contains("admin.wang") && history.contains("approver.li") && history.contains("admin.zhang"),
                history);
        assertTrue(history.contains("印章遗失，暂停使用") && history.contains("已找回"), history);
    }

    @Test
    void anEnglishSealListWithFilters() {
        BROWSER.signIn("auditor.zhao", "en");
        BROWSER.open("/console/#/seals");
        BROWSER.waitFor("#seals-table");
        BROWSER.type("#filter-division", "513322102");
        BROWSER.click(".filters button");
        String list = BROWSER.waitUntilText("#seals-table", "Active");
        assertTrue(list.contains("泸定县"), list);
        BROWSER.screenshot("seal-list");
    }

    /** approver.li confirms the seal's pending proposal of {@code kind} on its page. */
    private static void confirmProposal(String esId, String kind) {
        BROWSER.signIn("approver.li", "zh");
        BROWSER.open("/console/#/seals/" + esId);
        BROWSER.click("#proposals-table tr[data-kind=" + kind + "] button.confirm-proposal");
        BROWSER.click("#confirm-ok");
        BROWSER.waitUntilText("#status", "已确认");
    }

    private static void act(String action, String reason) {
        BROWSER.click("#action-" + action);
        if (reason != null) {
            BROWSER.type("#confirm-reason", reason);
        }
        BROWSER.click("#confirm-ok");
    }

    private static void assertState(String state) {
        BROWSER.waitUntilAttribute("#seal-details [data-state]", "data-state", state);
    }
}
