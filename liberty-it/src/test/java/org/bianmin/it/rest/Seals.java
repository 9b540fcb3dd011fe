package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

/** Seals the tests make for themselves over the REST API, each for a fresh township ({@link Divisions}). */
final class Seals {
    private Seals() {
    }

    /** A township centre's seal, requested, approved, made and active, in the custody of {@code custodian}. */
    static String activeInCustodyOf(String custodian) {
        return activeInCustodyOf(Api.base(), custodian);
    }

    /** The same, made through the server at {@code server} (a node of its own, {@link LibertyNode}). */
    static String activeInCustodyOf(URI server, String custodian) {
        String esId = active(server);
        grantCustody(server, esId, custodian);
        return esId;
    }

    /** A township centre's seal, requested, approved, made and active, in nobody's custody. */
    static String active() {
        return active(Api.base());
    }

    /** The same, made through the server at {@code server}. */
    static String active(URI server) {
        String township = Divisions.freshTownship();
        String esId = admin(server).post("/api/seals", SealFlowIT.sealRequest(township)).json().path("esId").asText();
        assertEquals(200, approver(server).post("/api/seals/" + esId + "/approve").status());
        assertEquals(200, admin(server).post("/api/seals/" + esId + "/make").status());
        return esId;
    }

    /** Custody of the seal for {@code custodian}: proposed by admin.zhang, confirmed by approver.li. */
    static void grantCustody(String esId, String custodian) {
        grantCustody(Api.base(), esId, custodian);
    }

    /** The same, through the server at {@code server}. */
    static void grantCustody(URI server, String esId, String custodian) {
        confirm(server, esId, admin(server).put("/api/seals/" + esId + "/custodians/" + custodian));
    }

    /** Resumes a suspended seal: proposed by admin.zhang, confirmed by approver.li. */
    static void resume(String esId, String reason) {
        URI server = Api.base();
        confirm(server, esId, admin(server).post("/api/seals/" + esId + "/resume", "{\"reason\":\"" + reason + "\"}"));
    }

    private static void confirm(URI server, String esId, Api.Answer proposed) {
        assertEquals(202, proposed.status(), proposed::toString);
        String id = proposed.json().path("id").asText();
        Api.Answer confirmed = approver(server).post("/api/seals/" + esId + "/proposals/" + id + "/confirm");
        assertEquals(200, confirmed.status(), confirmed::toString);
    }

    private static Api admin(URI server) {
        return Api.as("admin.zhang").on(server);
    }

    private static Api approver(URI server) {
        return Api.as("approver.li").on(server);
    }
}
