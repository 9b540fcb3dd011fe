package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.bianmin.it.OfdSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The window clerk's page in a real browser: custodian.chen seals an OFD document with a seal in his
 * custody for a case, by page and position, after a preview that draws the document's own page box
 * with the stamp at x/y; the page offers the sealed document and lists his use, which the seal's use
 * register (REST) holds with the case number. The page offers only the seals in his custody; a riding
 * seal across a three-page document is previewed as three slices, and the document he downloads
 * verifies TOTAL_PASSED over REST.
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
        // the invoice's page is 210 × 140 mm, read from the document in the browser
        assertEquals("0 0 210 140", BROWSER.attribute("#clerk-preview-page", "viewBox"));
        assertEquals("150", BROWSER.attribute("#clerk-preview-stamp", "cx"));
        assertEquals("100", BROWSER.attribute("#clerk-preview-stamp", "cy"));
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

    @Test
    void aRidingSealAcrossThePagesWithOnlyTheClerksOwnSealsOffered() throws IOException {
        String mine = Seals.activeInCustodyOf("custodian.chen");
        String someoneElses = Seals.activeInCustodyOf("custodian.elsewhere");
        BROWSER.signIn("custodian.chen", "zh");
        BROWSER.open("/console/#/clerk");
        BROWSER.waitFor("#clerk-seal option[value='" + mine + "']");
        List<String> offered = BROWSER.all("#clerk-seal option").stream().map(o -> o.getAttribute("value")).toList();
        assertFalse(offered.contains(someoneElses), offered::toString);
        BROWSER.choose("#clerk-seal", mine);
        BROWSER.upload("#clerk-file", SealedDocuments.file("three-pages.ofd", OfdSamples.unsignedInvoice(3)));
        BROWSER.type("#clerk-case", "泸测审-R1");
        BROWSER.click("#clerk-way-riding");
        BROWSER.waitFor("#clerk-preview-pages");
        assertEquals(3, BROWSER.all("#clerk-preview-pages rect.stamp").size(), "one slice a page");
        BROWSER.scrollTo("#clerk-way-position");
        BROWSER.screenshot("clerk-riding");
        BROWSER.click("#clerk-submit");
        BROWSER.waitUntilText("#clerk-done", "泸测审-R1");
        BROWSER.click("#clerk-download");
        byte[] sealed = Files.readAllBytes(BROWSER.downloaded("泸测审-R1.ofd"));

        Api.Answer report = Api.as("auditor.zhao").postBytes("/api/verification/ofd", "application/ofd", sealed);
        assertEquals(200, report.status(), report::toString);
        assertEquals("TOTAL_PASSED", report.json().path("overall").asText(), report::toString);
        JsonNode use = Api.as("auditor.zhao").get("/api/seals/" + mine + "/uses").json().path(0);
        assertEquals("泸测审-R1", use.path("caseNumber").asText(), use::toString);
        assertEquals(3, use.path("stamps").size(), use::toString);
    }
}
