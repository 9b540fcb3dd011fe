package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Query parameters as a person's curl sends them: a case number in raw UTF-8 (what curl sends when the
 * URL is not percent-encoded, RFC 3986 §2.1), a broken percent-encoding, a word where a number belongs.
 * Each either reaches the resource decoded or is a 400 in the API's error shape naming its parameter.
 */
class QueryEncodingIT {
    private static final String SEAL = "/api/seals/51332200000001";
    private static final byte[] DOCUMENT = "决定书 raw query".getBytes(StandardCharsets.UTF_8);

    @Test
    void aCaseNumberInRawUtf8IsSignedUnderThatNumber() {
        String caseNumber = "泸兴审〔2026〕" + System.nanoTime() % 100_000 + "号";
        RawHttp.Reply reply = sign((SEAL + "/signatures?case=" + caseNumber).getBytes(StandardCharsets.UTF_8));
        assertEquals(201, reply.status(), reply::toString);
        JsonNode uses = Api.as("auditor.zhao").get(SEAL + "/uses").json();
        boolean recorded = false;
        for (JsonNode use : uses) {
            recorded |= use.path("caseNumber").asText().equals(caseNumber);
        }
        assertTrue(recorded, "no use recorded under " + caseNumber + ": " + uses);
    }

    @Test
    void aBrokenPercentEncodingNamesItsParameter() {
        RawHttp.Reply reply = sign((SEAL + "/signatures?case=%E6%B3").getBytes(StandardCharsets.US_ASCII));
        assertRefused(reply, "case", "--data-urlencode");
    }

    @Test
    void aWordWhereANumberBelongsNamesItsParameter() {
        Api.Answer answer = Api.as("auditor.zhao").get("/api/catalogue/deadline?received=2026-01-05&days=three");
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_ARGUMENT", answer.code());
        assertTrue(answer.json().path("message").asText().startsWith("days must be a whole number"), answer::toString);
    }

    private static RawHttp.Reply sign(byte[] target) {
        try (RawHttp http = RawHttp.post(target, "custodian.chen", "application/pdf", DOCUMENT.length)) {
            http.send(DOCUMENT);
            return http.reply();
        }
    }

    private static void assertRefused(RawHttp.Reply reply, String parameter, String advice) {
        Api.Answer answer = reply.answer();
        assertEquals(400, answer.status(), reply::toString);
        assertEquals("INVALID_ARGUMENT", answer.code(), reply::toString);
        String message = answer.json().path("message").asText();
        assertTrue(message.contains("'" + parameter + "'") && message.contains(advice), message);
    }
}
