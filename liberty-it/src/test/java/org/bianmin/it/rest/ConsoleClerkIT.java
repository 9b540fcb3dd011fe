package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.bianmin.it.OfdSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The window clerk's page in a real browser: custodian.chen seals an OFD document with a seal in his
 * custody for a case, by page and position; the page offers the sealed document and lists his use,
 * which the seal's use register (REST) holds with the case number.
 */
class ConsoleClerkIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.office();

    @Test
    void aClerkSealsADocumentForACase() throws IOException {
        String esId = Seals.activeInCustodyOf("custodian.chen");
        BROWSER.signIn("custodian.chen", "zh");
        BROWSER.open("/console/#/clerk");
        BROWSER.choose("#clerk-seal", esId);
        BROWSER.upload("#clerk-file", SealedDocuments.file("invoice.ofd", OfdSamples.unsignedInvoice()));
        BROWSER.type("#clerk-case", "泸测审-W1");
        BROWSER.click("#clerk-submit");
        assertTrue(BROWSER.waitUntilText("#clerk-done", "泸测审-W1").startsWith("已为案卷"));
        BROWSER.waitFor("#clerk-download");
        BROWSER.waitUntilText("#clerk-uses-table", "泸测审-W1");
        BROWSER.screenshot("clerk");

        JsonNode uses = Api.as("auditor.zhao").get("/api/seals/" + esId + "/uses").json();
        assertEquals(1, uses.size(), uses::toString);
        assertEquals("custodian.chen", uses.path(0).path("operator").asText());
        assertEquals("泸测审-W1", uses.path(0).path("caseNumber").asText());
    }
}
