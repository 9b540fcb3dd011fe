package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input of every kind against every resource: each answer is a 4xx with a JSON error body,
 * never a 500 (a path the web container will not decode, or
 * that leaves the API, gets the container's own 400 or 404 page). Each row: user,
 * method, path, content type, body ({@code ~} for none).
 */
class BadInputIT {
    @ParameterizedTest(name = "{1} {2} {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "admin.zhang    | POST | /api/seals                                  | application/json | [1,2,3]",
        "admin.zhang    | POST | /api/seals                                  | application/json | {\"ownerUnit\":42}",
        "admin.zhang    | POST | /api/seals                                  | application/json | {\"validFrom\":\"yesterday\"}",
        "admin.zhang    | POST | /api/seals                                  | application/json | null",
        "admin.zhang    | POST | /api/seals                                  | application/json | {}",
        "admin.zhang    | POST | /api/seals                                  | application/xml  | <seal/>",
        "admin.zhang    | POST | /api/seals                                  | application/json | {\"a\":1}{\"b\":2}",
        "admin.zhang    | POST | /api/seals/51332200000001/sub-seals         | application/json | {\"siteName\":\"x\",\"siteDivision\":513322}",
        "admin.zhang    | POST | /api/seals/../../etc/passwd/make            | ~                | ~",
        "admin.zhang    | POST | /api/seals/%00/make                         | ~                | ~",
        "admin.zhang    | POST | /api/seals/51332299999999/revoke            | application/json | {\"reason\":\"x\",\"effectiveAt\":\"2999-01-01T00:00:00Z\"}",
        "admin.zhang    | POST | /api/seals/51332299999999/suspend           | application/json | ~",
        "admin.zhang    | PUT  | /api/seals/51332299999999/custodians/%20    | ~                | ~",
        "custodian.chen | POST | /api/seals/51332200000001/signatures        | application/pdf  | document",
        "custodian.chen | POST | /api/seals/51332299999999/signatures?case=1 | application/pdf  | document",
        "auditor.zhao   | GET  | /api/seals?division=12345                   | ~                | ~",
        "auditor.zhao   | GET  | /api/seals/51332200000001/state?at=2026-13-45T00:00:00Z | ~       | ~",
        "auditor.zhao   | POST | /api/verification/detached                  | application/json | {}",
        "auditor.zhao   | POST | /api/verification/seal                      | application/octet-stream | ~",
        "auditor.zhao   | POST | /api/verification/ofd?at=noon               | application/ofd  | PK",
        "auditor.zhao   | GET  | /api/catalogue/items?date=2026-02-30        | ~                | ~",
        "auditor.zhao   | GET  | /api/catalogue/deadline?received=2026-01-05&days=-3 | ~        | ~",
        "auditor.zhao   | GET  | /api/catalogue/deadline?received=2026-01-05&days=99999999999 | ~ | ~",
        "auditor.zhao   | GET  | /api/catalogue/versions/0                   | ~                | ~",
        "auditor.zhao   | GET  | /api/catalogue/versions/abc                 | ~                | ~",
        "auditor.zhao   | GET  | /api/catalogue/bundles/NO-SUCH-BUNDLE       | ~                | ~",
        "auditor.zhao   | GET  | /api/catalogue/grants                       | ~                | ~",
        "supervisor.liu | POST | /api/catalogue/import?reason=r&basis=b      | application/json | []",
        "supervisor.liu | POST | /api/catalogue/import?reason=r&basis=b      | application/json | ~",
        "supervisor.liu | POST | /api/catalogue/import.csv?reason=r&basis=b  | text/csv         | a,b,c",
        "supervisor.liu | POST | /api/catalogue/import-bundles.csv?reason=r&basis=b | text/csv  | a,b,c",
        "supervisor.liu | POST | /api/catalogue/versions                     | application/json | {\"title\":\"\"}",
        "agent.yang     | POST | /api/proxy/cases                            | application/json | {\"pointId\":\"heping\"}",
        "agent.yang     | POST | /api/proxy/cases                            | application/json | {\"pointId\":\"nowhere\",\"agentId\":\"x\",\"itemCode\":\"LD-MZ-001\",\"channel\":\"WALK_IN\",\"applicant\":{\"name\":\"张\",\"idNumber\":\"513322195001010025\"}}",
        "agent.yang     | POST | /api/proxy/cases/NO-CASE/rating             | application/json | {\"stars\":9}",
        "agent.yang     | POST | /api/proxy/cases/NO-CASE/answer             | application/json | {\"method\":\"TELEPATHY\"}",
        "agent.yang     | POST | /api/proxy/cases/NO-CASE/check              | application/json | {\"presented\":\"all\"}",
        "agent.yang     | GET  | /api/proxy/reports/unanswered?asOf=soon     | ~                | ~",
        "agent.yang     | GET  | /api/proxy/cases?from=2026-05-01&to=2026-01-01 | ~             | ~",
        "supervisor.liu | POST | /api/proxy/points                           | application/json | {\"id\":\"p\",\"name\":\"n\",\"kind\":\"SERVICE_ROOM\",\"division\":\"513322\"}",
        "supervisor.liu | POST | /api/standards/check                        | application/json | []",
        "supervisor.liu | POST | /api/standards/check                        | application/json | {\"kind\":\"SPACESHIP\"}",
        "supervisor.liu | POST | /api/standards/check?from=x                 | application/json | {}",
        "auditor.zhao   | GET  | /api/audit/entries/99999999                 | ~                | ~",
        "auditor.zhao   | GET  | /api/audit/entries?from=5&to=1              | ~                | ~",
        "auditor.zhao   | GET  | /api/audit/entries?from=0&to=100000         | ~                | ~",
        "auditor.zhao   | GET  | /api/audit/checkpoints/99999999             | ~                | ~",
        "auditor.zhao   | GET  | /api/audit/proofs/consistency?from=9&to=3   | ~                | ~",
        "auditor.zhao   | GET  | /api/audit/proofs/inclusion?sequence=-1&treeSize=1 | ~         | ~",
        "auditor.zhao   | DELETE | /api/audit/checkpoints                    | ~                | ~",
    })
    void badInputIsAClientErrorWithAJsonBody(String user, String method, String path, String type, String body) {
        Api api = Api.as(user);
        byte[] content = "~".equals(body) ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        Api.Answer answer = switch (method) {
            case "GET" -> api.get(path);
            case "DELETE" -> api.delete(path);
            case "PUT" -> api.put(path);
            default -> "~".equals(type) ? api.post(path) : api.postBytes(path, type, content);
        };
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer::toString);
        if (answer.contentType().startsWith("application/json")) {
            assertTrue(!answer.code().isEmpty(), answer::toString);
        } else {
            // only the web container itself answers without JSON: a path it will not decode (400)
            // or one that normalises to outside the API (404)
            assertTrue(answer.status() == 400 && answer.text().contains("CWWWC0005I")
                    || answer.status() == 404 && answer.text().contains("SRVE0190E"), answer::toString);
        }
    }

    @ParameterizedTest
    @CsvSource({"/api/seals", "/api/catalogue/items", "/api/audit/checkpoints"})
    void everyResourceNeedsAuthentication(String path) {
        assertEquals(401, Api.anonymous().get(path).status());
    }

    @ParameterizedTest
    @CsvSource({"agent.yang, /api/seals", "custodian.chen, /api/proxy/cases", "admin.zhang, /api/standards/rules",
        "approver.li, /api/audit/entries"})
    void rolesAreEnforcedOnEveryResource(String user, String path) {
        Api.Answer answer = Api.as(user).get(path);
        assertEquals(403, answer.status(), answer::toString);
        assertEquals(Map.of("code", "NOT_PERMITTED"), Map.of("code", answer.code()));
    }
}
