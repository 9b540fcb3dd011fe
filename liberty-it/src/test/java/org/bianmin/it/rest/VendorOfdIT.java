package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verification of the third parties' seal samples (the vendor OFDs and seals of the project's test
 * vectors, from ofdrw) through the REST API. Their certificates have expired and chain to roots
 * the county does not trust, so the overall answer is not TOTAL_PASSED, while the cryptographic
 * checks pass: the signature, the signed data and the seal are intact.
 */
class VendorOfdIT {
    private static final Api AUDITOR = Api.as("auditor.zhao");

    @ParameterizedTest
    @ValueSource(strings = {"1.ofd", "v4signed.ofd"})
    void vendorOfdIsIntactButNotTrusted(String file) throws IOException {
        Api.Answer answer = AUDITOR.postBytes("/api/verification/ofd", "application/ofd", vector(file));
        assertEquals(200, answer.status(), answer::toString);
        JsonNode report = answer.json();
        assertEquals("INDETERMINATE", report.path("overall").asText(), report::toString);
        JsonNode signature = report.path("signatures").get(0);
        for (String check : new String[] {"FORMAT", "SIGNATURE_INTACT", "DATA_INTACT", "SEAL_INTACT"}) {
            assertEquals("PASSED", SealFlowIT.check(signature, check).path("result").asText(), check + " in " + report);
        }
        assertEquals("INDETERMINATE", SealFlowIT.check(signature, "SEAL_MAKER_CHAIN").path("result").asText());
        JsonNode format = SealFlowIT.check(signature, "FORMAT");
        assertEquals("FAIL", format.path("onFailure").asText(), "what the policy does if the check fails");
        assertTrue(format.path("severity").isMissingNode(), format::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UserV4.esl", "UserV1.esl"})
    void vendorSealIsIntact(String file) throws IOException {
        Api.Answer answer = AUDITOR.postBytes("/api/verification/seal", "application/octet-stream", vector(file));
        assertEquals(200, answer.status(), answer::toString);
        JsonNode signature = answer.json().path("signatures").get(0);
        assertEquals("PASSED", SealFlowIT.check(signature, "SEAL_INTACT").path("result").asText(), answer::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.ofd"})
    void htmlReportForBrowsers(String file) throws IOException {
        Api.Answer answer = AUDITOR.postBytes("/api/verification/ofd", "application/ofd", vector(file), "text/html");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("text/html"), answer.contentType());
        String html = answer.text();
        assertTrue(html.contains("INDETERMINATE") && html.contains("SIGNATURE_INTACT"), answer::toString);
        // the seal module's bilingual report: Chinese, then English, the OFD seal picture drawn in each
        assertTrue(html.indexOf("<h1>电子签章验证报告</h1>") < html.indexOf("<h1>Seal verification report</h1>"), html);
        assertTrue(html.indexOf("<h1>电子签章验证报告</h1>") > 0, html);
        assertEquals(2, html.split("viewBox=\"0 0 30 20\"", -1).length - 1, html);
        assertTrue(html.contains("<th>Policy on failure</th>") && html.contains("<td>fail the signature</td>"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an ofd", ""})
    void garbageIsAReportOrA400NeverA500(String body) {
        Api.Answer answer = AUDITOR.postBytes("/api/verification/ofd", "application/ofd",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(answer.status() == 200 || answer.status() == 400, answer::toString);
        if (answer.status() == 200) {
            assertEquals("TOTAL_FAILED", answer.json().path("overall").asText(), answer::toString);
        }
        Api.Answer seal = AUDITOR.postBytes("/api/verification/seal", "application/octet-stream",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(seal.status() == 200 || seal.status() == 400, seal::toString);
    }

    private static byte[] vector(String file) throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("bianmin.vectors.dir", "target/seal-vectors"))
                .resolve(file));
    }
}
