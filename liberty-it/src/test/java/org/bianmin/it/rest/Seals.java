package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seals the tests make for themselves over the REST API, each for a fresh township ({@link Divisions}). */
final class Seals {
    private static final Api ADMIN = Api.as("admin.zhang");
    private static final Api APPROVER = Api.as("approver.li");

    private Seals() {
    }

    /** A township centre's seal, requested, approved, made and active, in the custody of {@code custodian}. */
    static String activeInCustodyOf(String custodian) {
        String township = Divisions.freshTownship();
        String esId = ADMIN.post("/api/seals", SealFlowIT.sealRequest(township)).json().path("esId").asText();
        assertEquals(200, APPROVER.post("/api/seals/" + esId + "/approve").status());
        assertEquals(200, ADMIN.post("/api/seals/" + esId + "/make").status());
        assertEquals(204, ADMIN.put("/api/seals/" + esId + "/custodians/" + custodian).status());
        return esId;
    }
}
