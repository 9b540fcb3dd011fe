package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The verification page in a real browser: a window clerk seals a document (REST), an auditor drops
 * it on the page and reads TOTAL_PASSED with the seal's details; a copy altered after sealing reads
 * TOTAL_FAILED with the failed check and its explanation; the report is in the chosen language.
 */
class ConsoleVerifyIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.office();
    private static String esId;
    private static Path sealed;
    private static Path tampered;

    @BeforeAll
    static void start() {
        esId = Seals.activeInCustodyOf("custodian.chen");
        byte[] document = SealedDocuments.sealedInvoice(esId, "泸测审-V1");
        sealed = SealedDocuments.file("sealed.ofd", document);
        tampered = SealedDocuments.file("tampered.ofd", SealedDocuments.tampered(document));
    }

    @Test
    void anAuditorVerifiesASealedDocumentThenATamperedCopy() {
        BROWSER.signIn("auditor.zhao", "en");
        verify(sealed, "TOTAL_PASSED");
        assertTrue(BROWSER.text("#verdict").startsWith("Verified."), BROWSER.text("#verdict"));
        String report = BROWSER.text("#report");
        assertTrue(report.contains(esId), report);
        assertTrue(report.contains("DATA_INTACT") && report.contains("SEAL_INTACT"), report);
        assertTrue(BROWSER.all("#report .seal img, #report .seal svg").size() > 0, "the seal picture is shown");
        BROWSER.scrollTo("#verdict");
        BROWSER.screenshot("verify-passed");

        verify(tampered, "TOTAL_FAILED");
        assertTrue(BROWSER.text("#verdict").contains("changed after sealing"), BROWSER.text("#verdict"));
        String failed = BROWSER.text("#report");
        assertTrue(failed.contains("HASH_FAILURE"), failed);
        assertTrue(failed.contains("Changed after signing"), failed);
        BROWSER.scrollTo("#verdict");
        BROWSER.screenshot("verify-failed");
    }

    @Test
    void theReportIsInTheChosenLanguage() {
        BROWSER.signIn("auditor.zhao", "zh");
        verify(sealed, "TOTAL_PASSED");
        assertTrue(BROWSER.text("#verdict").startsWith("验证通过"), BROWSER.text("#verdict"));
        String report = BROWSER.text("#report");
        assertTrue(report.contains("验证报告") || report.contains("结论"), report);
        assertTrue(!report.contains("Verification report"), report);
    }

    /** Drops a file on the verification page and waits for the verdict. */
    private static void verify(Path file, String verdict) {
        BROWSER.open("/console/#/verify");
        BROWSER.upload("#verify-file", file);
        BROWSER.click("#verify-submit");
        BROWSER.waitUntilAttribute("#verdict", "data-verdict", verdict);
    }
}
