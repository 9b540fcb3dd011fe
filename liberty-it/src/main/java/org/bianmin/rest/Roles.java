package org.bianmin.rest;

/**
 * The roles of the REST API. A deployment maps its own users or groups to them in server.xml
 * ({@code application-bnd}); the demo registry maps one group per role.
 */
public final class Roles {
    /**
     * County seal administrator: requests, makes, suspends and revokes seals; proposes resumptions,
     * back-dated revocations and custody grants.
     */
    public static final String SEAL_ADMIN = "seal-admin";
    /** Second administrator who approves or rejects seal requests and proposals (dual control). */
    public static final String SEAL_APPROVER = "seal-approver";
    /** Custodian who signs documents with a seal (用印). */
    public static final String SEAL_CUSTODIAN = "seal-custodian";
    /** Auditor: reads everything, verifies, checks the audit trail. */
    public static final String AUDITOR = "auditor";
    /** Village proxy agent (代办员): records proxy cases. */
    public static final String PROXY_AGENT = "proxy-agent";
    /** County supervisor: catalogue, standards checks, reports. */
    public static final String SUPERVISOR = "supervisor";

    private Roles() {
    }
}
