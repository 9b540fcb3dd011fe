package org.bianmin.rest.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.rest.support.JsonMapping;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.CheckSeverity;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.VerificationReport;
import org.junit.jupiter.api.Test;

/**
 * The REST JSON of a check names the policy's severity for what it is: {@code "onFailure"}, so a
 * passed check never shows {@code "severity":"FAIL"} beside {@code "result":"PASSED"}.
 */
class VerificationAnswerJsonTest {
    @Test
    void aCheckSaysWhatThePolicyDoesOnFailureNotASeverity() throws Exception {
        List<CheckOutcome> checks = List.of(
                new CheckOutcome(CheckId.SIGNATURE_INTACT, CheckResult.PASSED, null, "sig.ok", List.of(), "ok",
                        CheckSeverity.FAIL),
                new CheckOutcome(CheckId.TIMESTAMP, CheckResult.FAILED, SubIndication.HASH_FAILURE, "ts.bad",
                        List.of(), "bad", CheckSeverity.WARN),
                new CheckOutcome(CheckId.SEAL_STATUS, CheckResult.NOT_APPLICABLE, null, "status.off", List.of(),
                        "off", CheckSeverity.IGNORE));
        SignatureReport signature = new SignatureReport("s1", "GB/T 38540-2020 SES_Signature", null, null, null,
                null, Indication.TOTAL_PASSED, null, checks, null, null);
        VerificationReport report = new VerificationReport("a.ofd", Instant.parse("2026-06-15T02:00:00Z"),
                List.of(signature));

        JsonNode json = JsonMapping.mapper().readTree(JsonMapping.mapper()
                .writeValueAsString(VerificationAnswer.of(report)));
        JsonNode written = json.path("signatures").get(0).path("checks");

        assertEquals(3, written.size());
        List<String> onFailure = new ArrayList<>();
        for (JsonNode check : written) {
            assertFalse(check.has("severity"), check::toString);
            onFailure.add(check.path("onFailure").asText());
        }
        assertEquals(List.of("FAIL", "WARN", "IGNORE"), onFailure);
        assertEquals("PASSED", written.get(0).path("result").asText());
        assertEquals("TOTAL_PASSED", json.path("overall").asText());
    }
}
