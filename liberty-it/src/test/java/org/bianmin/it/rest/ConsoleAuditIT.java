package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bianmin.it.AuditVerifyJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The auditor's audit-trail page in a real browser: auditor.zhao signs a checkpoint on the page, which
 * then shows the trail's size as the REST API gives it; he opens the newest entry with its inclusion
 * proof, downloads its offline proof and the checkpoint key, and audit-verify.jar, given only those
 * two files, finds the entry in the signed checkpoint.
 */
class ConsoleAuditIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.office();

    private static final Api AUDITOR = Api.as("auditor.zhao");

    @Test
    void anEntrysProofDownloadedFromThePageVerifiesOffline() throws Exception {
        // something new to audit: a seal request is a privileged action
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        BROWSER.signIn("auditor.zhao", "zh");
        BROWSER.open("/console/#/audit");
        BROWSER.waitFor("#audit-size");
        BROWSER.click("#audit-publish");
        long size = AUDITOR.get("/api/audit").json().path("size").asLong();
        BROWSER.waitUntilText("#audit-newest", "最新检查点：" + size + " 条");
        assertEquals(String.valueOf(size), BROWSER.text("#audit-size"), "the page's size is the REST size");
        com.fasterxml.jackson.databind.JsonNode checkpoints = AUDITOR.get("/api/audit/checkpoints").json();
        assertEquals(size, checkpoints.get(checkpoints.size() - 1).path("treeSize").asLong(),
                "the page signed a checkpoint of the whole trail");

        long sequence = size - 1;
        BROWSER.type("#audit-number", String.valueOf(sequence));
        BROWSER.click("#audit-lookup button");
        BROWSER.waitFor("#audit-proof");
        assertTrue(BROWSER.text("#audit-entry-details").contains("admin.zhang"), "the seal request is the newest entry");
        BROWSER.scrollTo("#audit-summary");
        BROWSER.screenshot("audit-trail");
        BROWSER.scrollTo("#audit-proof");

        BROWSER.click("#audit-download-proof");
        Path proof = BROWSER.downloaded("bianmin-audit-entry-" + sequence + ".proof.json");
        BROWSER.click("#audit-key");
        Path key = BROWSER.downloaded("county-audit-key.pem");
        AuditVerifyJar.Result result = AuditVerifyJar.run("--key", key.toString(), "--proof", proof.toString());
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("PASSED  inclusion-proof[entry=" + sequence + ", size=" + size + "]"),
                result.output());
    }

    @Test
    void anEntryNoCheckpointCoversYetSaysSo() {
        AUDITOR.post("/api/audit/checkpoints");
        Api.as("admin.zhang").post("/api/seals", SealFlowIT.sealRequest(Divisions.freshTownship()));
        long newest = AUDITOR.get("/api/audit").json().path("size").asLong() - 1;
        BROWSER.signIn("auditor.zhao", "en");
        BROWSER.open("/console/#/audit");
        BROWSER.type("#audit-number", String.valueOf(newest));
        BROWSER.click("#audit-lookup button");
        assertTrue(BROWSER.text("#audit-no-proof").startsWith("No checkpoint covers this entry yet"));
        BROWSER.type("#audit-number", String.valueOf(newest + 1000));
        BROWSER.click("#audit-lookup button");
        String refusal = BROWSER.text("#audit-entry .error");
        assertTrue(refusal.startsWith("No such audit entry") && refusal.contains("the audit trail has no entry " + (newest + 1000)),
                refusal);
    }
}
