package org.bianmin.rest.demo;

/** What the server prints once the application is up: where to go and, in the demo, who can log in. */
final class Banner {
    private Banner() {
    }

    /** The banner of a server without the demo profile. */
    static String production(String base) {
        return """

                ==================================================================================
                 Bianmin is running (user feature usr:bianmin-1.0, REST API; no demo data)
                   Console      %1$s/console/
                   Verify       %1$s/verify/           (public, no login)
                   REST API     %1$s/api
                   OpenAPI      %1$s/openapi
                 Users come from the deployment's registry (server.xml).
                ==================================================================================
                """.formatted(base);
    }

    /** The demo's banner, {@code demo} saying what became of the demo data. */
    static String demo(String base, String demo) {
        return """

                ==================================================================================
                 THIS IS A DEMO, NOT FOR PRODUCTION: demo users, demo data, a self-signed certificate
                 Bianmin is running (user feature usr:bianmin-1.0, REST API; %2$s)
                   Console      %1$s/console/
                   Verify       %1$s/verify/           (public, no login)
                   REST API     %1$s/api            (e.g. %1$s/api/seals?division=513322)
                   OpenAPI      %1$s/openapi
                   OpenAPI UI   %1$s/openapi/ui
                 Demo users (password bianmin-demo):
                   admin.zhang     seal-admin                   admin.wang   seal-admin, seal-approver
                   approver.li     seal-approver                custodian.chen   seal-custodian
                   auditor.zhao    auditor                      agent.yang   proxy-agent
                   supervisor.liu  supervisor
                 Stop with Ctrl-C.
                ==================================================================================
                """.formatted(base, demo);
    }
}
