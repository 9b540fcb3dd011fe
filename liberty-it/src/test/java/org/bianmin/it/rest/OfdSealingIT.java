package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bianmin.it.OfdSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sealing OFD documents over the REST API (docs/requirements.md C-SEAL): a custodian sends an
 * unsigned document and gets it back stamped, an auditor verifies it TOTAL_PASSED; a batch seals
 * each document and reports each refusal; bad placements are 400s that record nothing.
 */
class OfdSealingIT {
    private static final Api CUSTODIAN = Api.as("custodian.chen");
    private static final Api AUDITOR = Api.as("auditor.zhao");
    private static String esId;

    @BeforeAll
    static void anActiveSealInTheCustodiansCare() {
        esId = Seals.activeInCustodyOf("custodian.chen");
    }

    @Test
    void aCustodianSealsAnOfdAndAnAuditorVerifiesIt() throws IOException {
        Api.Answer sealed = CUSTODIAN.postBytes("/api/seals/" + esId + "/sealed-ofd?case=泸测审-1&page=1&x=150&y=100",
                "application/ofd", OfdSamples.unsignedInvoice());
        assertEquals(201, sealed.status(), sealed::toString);
        assertEquals("application/ofd", sealed.contentType());
        assertTrue(OfdSamples.entries(sealed.body()).containsKey("Doc_0/Signs/Sign_0/SignedValue.dat"));

        Api.Answer report = AUDITOR.postBytes("/api/verification/ofd", "application/ofd", sealed.body());
        assertEquals(200, report.status(), report::toString);
        assertEquals("TOTAL_PASSED", report.json().path("overall").asText(), report::toString);
        JsonNode uses = AUDITOR.get("/api/seals/" + esId + "/uses").json();
        JsonNode use = uses.get(uses.size() - 1);
        assertEquals("泸测审-1", use.path("caseNumber").asText());
        assertEquals(129.0, use.path("stamps").get(0).path("x").asDouble(), 0.001, use::toString);
    }

    @Test
    void badPlacementsAndNonOfdBodiesAre400sThatRecordNothing() throws IOException {
        int before = AUDITOR.get("/api/seals/" + esId + "/uses").json().size();
        byte[] invoice = OfdSamples.unsignedInvoice();
        expect400("OFD_PLACEMENT_INVALID", "case=T&page=3&x=10&y=10", invoice);
        expect400("OFD_KEYWORD_NOT_FOUND", "case=T&keyword=盖章处", invoice);
        expect400("OFD_INVALID", "case=T&page=1&x=10&y=10", "not an OFD".getBytes(StandardCharsets.UTF_8));
        expect400("INVALID_ARGUMENT", "case=T", invoice);
        expect400("INVALID_ARGUMENT", "case=T&page=1&x=ten&y=10", invoice);
        expect400("INVALID_ARGUMENT", "case=T&page=1&x=10&y=10&riding=true", invoice);
        assertEquals(before, AUDITOR.get("/api/seals/" + esId + "/uses").json().size());
        Api.Answer auditor = AUDITOR.postBytes("/api/seals/" + esId + "/sealed-ofd?case=T&page=1&x=10&y=10",
                "application/ofd", invoice);
        assertEquals(403, auditor.status(), auditor::toString);
    }

    @Test
    void aBatchSealsEachDocumentAndSaysWhichWereRefused() throws IOException {
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(batch)) {
            for (Map.Entry<String, byte[]> document : Map.of("泸测审-7.ofd", OfdSamples.unsignedInvoice(), "泸测审-8.ofd",
                    "broken".getBytes(StandardCharsets.UTF_8)).entrySet()) {
                zip.putNextEntry(new ZipEntry(document.getKey()));
                zip.write(document.getValue());
                zip.closeEntry();
            }
        }
        Api.Answer answer = CUSTODIAN.postBytes("/api/seals/" + esId + "/sealed-ofd/batch?keyword=增值税",
                "application/zip", batch.toByteArray());
        assertEquals(200, answer.status(), answer::toString);
        Map<String, byte[]> out = OfdSamples.entries(answer.body());
        JsonNode summary = new ObjectMapper().readTree(out.get("summary.json"));
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        summary.forEach(line -> byName.put(line.path("name").asText(), line));
        assertEquals("sealed", byName.get("泸测审-7.ofd").path("status").asText(), summary::toString);
        assertEquals("refused", byName.get("泸测审-8.ofd").path("status").asText(), summary::toString);
        assertEquals("OFD_INVALID", byName.get("泸测审-8.ofd").path("code").asText(), summary::toString);
        Api.Answer report = AUDITOR.postBytes("/api/verification/ofd", "application/ofd", out.get("sealed/泸测审-7.ofd"));
        assertEquals("TOTAL_PASSED", report.json().path("overall").asText(), report::toString);
    }

    @Test
    void aBatchOverTheServersDocumentLimitIsRefusedWholeAndRecordsNothing() throws IOException {
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(batch)) {
            for (int n = 1; n <= 4; n++) {
                zip.putNextEntry(new ZipEntry("泸测审-limit-" + n + ".ofd"));
                zip.write(OfdSamples.unsignedInvoice());
                zip.closeEntry();
            }
        }
        int before = AUDITOR.get("/api/seals/" + esId + "/uses").json().size();
        Api.Answer answer = CUSTODIAN.postBytes("/api/seals/" + esId + "/sealed-ofd/batch?keyword=增值税",
                "application/zip", batch.toByteArray());
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_ARGUMENT", answer.code(), answer::toString);
        assertTrue(answer.text().contains("more than 3 documents (server variable bianmin.sealing.batch.documents)"),
                answer::toString);
        assertEquals(before, AUDITOR.get("/api/seals/" + esId + "/uses").json().size());
    }

    private void expect400(String code, String query, byte[] body) {
        Api.Answer answer = CUSTODIAN.postBytes("/api/seals/" + esId + "/sealed-ofd?" + query, "application/ofd", body);
        assertEquals(400, answer.status(), answer::toString);
        assertEquals(code, answer.code(), answer::toString);
    }
}
