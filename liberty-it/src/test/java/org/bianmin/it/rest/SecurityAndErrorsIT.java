package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Authentication, roles and the error contract of the REST API: 401 without credentials, 403 for
 * a role that may not act, JSON {@code {"code", "message"}} bodies, 400 for malformed input.
 */
class SecurityAndErrorsIT {
    private static final String SEAL_REQUEST = """
            {"ownerUnit":"泸定县测试镇便民服务中心","ownerDivision":"513322999","name":"泸定县测试镇人民政府审批服务专用章",
             "purpose":"审批专用章","validFrom":"2026-01-01T00:00:00Z","validTo":"2031-01-01T00:00:00Z"}""";

    @Test
    void noCredentialsIs401() {
        Api.Answer answer = Api.anonymous().get("/api/seals");
        assertEquals(401, answer.status(), answer::toString);
        assertEquals("NOT_AUTHENTICATED", answer.code(), answer::toString);
    }

    @Test
    void wrongPasswordIs401() {
        Api.Answer answer = Api.as("admin.zhang", "not-the-password").get("/api/seals");
        assertEquals(401, answer.status(), answer::toString);
        assertEquals("NOT_AUTHENTICATED", answer.code(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/json"), answer::toString);
    }

    @Test
    void proxyAgentMayNotRequestSeals() {
        Api.Answer answer = Api.as("agent.yang").post("/api/seals", SEAL_REQUEST);
        assertEquals(403, answer.status(), answer::toString);
        assertEquals("NOT_PERMITTED", answer.code());
    }

    @Test
    void custodianMayNotApprove() {
        Api.Answer answer = Api.as("custodian.chen").post("/api/seals/51332200000001/approve");
        assertEquals(403, answer.status(), answer::toString);
    }

    @Test
    void malformedJsonIs400() {
        Api.Answer answer = Api.as("admin.zhang").post("/api/seals", "{\"ownerUnit\": ");
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_ARGUMENT", answer.code());
        assertTrue(answer.contentType().startsWith("application/json"), answer::toString);
    }

    @Test
    void unknownFieldIs400() {
        Api.Answer answer = Api.as("admin.zhang").post("/api/seals", SEAL_REQUEST.replace("\"purpose\"", "\"porpose\""));
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_ARGUMENT", answer.code());
    }

    @Test
    void invalidDivisionCodeIs400() {
        Api.Answer answer = Api.as("admin.zhang").post("/api/seals", SEAL_REQUEST.replace("513322999", "51x"));
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_ARGUMENT", answer.code());
    }

    @Test
    void validityEndingBeforeItStartsIs400WithItsCode() {
        Api.Answer answer = Api.as("admin.zhang").post("/api/seals", SEAL_REQUEST.replace("2031-01-01", "2025-01-01"));
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("SEAL_VALIDITY_INVALID", answer.code());
    }

    @Test
    void missingBodyIs400() {
        Api.Answer answer = Api.as("admin.zhang").post("/api/seals", "");
        assertEquals(400, answer.status(), answer::toString);
    }

    @Test
    void unknownPathIsJson404() {
        Api.Answer answer = Api.as("admin.zhang").get("/api/no-such-thing");
        assertEquals(404, answer.status(), answer::toString);
        assertEquals("NOT_FOUND", answer.code());
    }

    @Test
    void badQueryParameterIs400() {
        Api.Answer answer = Api.as("auditor.zhao").get("/api/seals/51332200000001/state?at=yesterday");
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("INVALID_ARGUMENT", answer.code());
    }
}
