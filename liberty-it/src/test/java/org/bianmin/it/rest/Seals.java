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
        String esId = active();
        grantCustody(esId, custodian);
        return esId;
    }

    /** A township centre's seal, requested, approved, made and active, in nobody's custody. */
    static String active() {
        String township = Divisions.freshTownship();
        String esId = ADMIN.post("/api/seals", SealFlowIT.sealRequest(township)).json().path("esId").asText();
        assertEquals(200, APPROVER.post("/api/seals/" + esId + "/approve").status());
        assertEquals(200, ADMIN.post("/api/seals/" + esId + "/make").status());
        return esId;
    }

    /** Custody of the seal for {@code custodian}: proposed by admin.zhang, confirmed by approver.li. */
    static void grantCustody(String esId, String custodian) {
        confirm(esId, ADMIN.put("/api/seals/" + esId + "/custodians/" + custodian));
    }

    /** Resumes a suspended seal: proposed by admin.zhang, confirmed by approver.li. */
    static void resume(String esId, String reason) {
        confirm(esId, ADMIN.post("/api/seals/" + esId + "/resume", "{\"reason\":\"" + reason + "\"}"));
    }

    private static void confirm(String esId, Api.Answer proposed) {
        assertEquals(202, proposed.status(), proposed::toString);
        String id = proposed.json().path("id").asText();
        Api.Answer confirmed = APPROVER.post("/api/seals/" + esId + "/proposals/" + id + "/confirm");
        assertEquals(200, confirmed.status(), confirmed::toString);
    }
}
