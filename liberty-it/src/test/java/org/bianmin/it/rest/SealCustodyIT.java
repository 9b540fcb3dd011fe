package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Custody over the REST API: the caller's seals in custody now ({@code GET /api/seals/custody}) hold
 * the seals granted to him and lose one whose grant is withdrawn; a seal's grants
 * ({@code GET /api/seals/{esId}/custodians}) keep the withdrawn one with who withdrew it.
 */
class SealCustodyIT {
    private static final Api ADMIN = Api.as("admin.zhang");
    private static final Api CUSTODIAN = Api.as("custodian.chen");

    @Test
    void aClerksCustodyFollowsGrantsAndWithdrawals() {
        String mine = Seals.activeInCustodyOf("custodian.chen");
        String someoneElses = Seals.activeInCustodyOf("custodian.elsewhere");
        List<String> held = esIds(CUSTODIAN.get("/api/seals/custody").json());
        assertTrue(held.contains(mine), held::toString);
        assertFalse(held.contains(someoneElses), held::toString);
        assertEquals(List.of(), esIds(Api.as("auditor.zhao").get("/api/seals/custody").json()),
                "an auditor holds no seal");

        assertEquals(204, ADMIN.delete("/api/seals/" + mine + "/custodians/custodian.chen").status());
        assertFalse(esIds(CUSTODIAN.get("/api/seals/custody").json()).contains(mine), "withdrawn");

        JsonNode grants = CUSTODIAN.get("/api/seals/" + mine + "/custodians").json();
        assertEquals(1, grants.size(), grants::toString);
        JsonNode grant = grants.get(0);
        assertEquals("custodian.chen", grant.path("operator").asText(), grant::toString);
        assertEquals("approver.li", grant.path("grantedBy").asText(), "the approver who confirmed the grant");
        assertEquals("admin.zhang", grant.path("withdrawnBy").asText(), grant::toString);
        assertTrue(grant.path("withdrawnAt").isTextual() && grant.path("grantedAt").isTextual(), grant::toString);
        JsonNode other = CUSTODIAN.get("/api/seals/" + someoneElses + "/custodians").json();
        assertTrue(other.get(0).path("withdrawnAt").isNull(), other::toString);
    }

    @Test
    void anUnknownSealHasNoGrantsAndAgentsReadNone() {
        Api.Answer unknown = CUSTODIAN.get("/api/seals/513322999999999/custodians");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals("SEAL_NOT_FOUND", unknown.code());
        assertEquals(403, Api.as("agent.yang").get("/api/seals/custody").status());
        assertEquals(401, Api.anonymous().get("/api/seals/custody").status());
    }

    private static List<String> esIds(JsonNode seals) {
        List<String> ids = new ArrayList<>();
        seals.forEach(seal -> ids.add(seal.path("esId").asText()));
        return ids;
    }
}
