package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped server.xml as a deployment gets it, without the demo profile: the build starts the server
 * a second time on it, after the other ITs (failsafe execution production-template), with only the
 * TLS key store a deployment must provide. Plain HTTP answers nothing but a redirect to HTTPS, for
 * Liberty's own endpoints (mpOpenAPI's /openapi) as for the application's paths, while /openapi is
 * served over HTTPS; none of the demo users can log in, and no demo data is loaded.
 */
class ProductionTemplateIT {
    /** The demo users of demo-users.xml, who must not exist here. */
    private static final List<String> DEMO_USERS = List.of("admin.zhang", "admin.wang", "approver.li",
            "custodian.chen", "auditor.zhao", "agent.yang", "agent.luo", "supervisor.liu", "supervisor.xinglong");

    private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Texts that only data or an OpenAPI document (its YAML or JSON form, its UI page) would contain. */
    private static final List<String> CONTENT = List.of("\"esId\"", "openapi: 3", "\"openapi\"", "swagger-ui");

    @BeforeAll
    static void onlyAgainstTheProductionTemplate() {
        assumeTrue("none".equals(System.getProperty("bianmin.liberty.profile")),
                "runs against the server started without a profile (failsafe execution production-template)");
    }

    /**
     * Every path, the application's and those of Liberty's own web modules on default_host (mpOpenAPI's
     * document and UI), is answered over plain HTTP with a redirect to the same path on HTTPS, and nothing else.
     */
    @Test
    void plainHttpOnlyRedirectsToHttps() throws Exception {
        String https = "https://localhost:" + System.getProperty("bianmin.https.port", "9443");
        for (String path : List.of("/api/seals?division=513322", "/api/catalogue/versions", "/", "/console/",
                "/verify/", "/openapi", "/openapi/ui/", "/openapi/ui", "/no-such-path")) {
            HttpResponse<String> answer = PLAIN.send(HttpRequest.newBuilder(Api.plainBase().resolve(path))
                    .header("Authorization", basic("admin.zhang")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answer.statusCode(), path + ": " + answer.body());
            assertEquals(https + path, answer.headers().firstValue("Location").orElse(""), path + " redirects");
            for (String content : CONTENT) {
                assertFalse(answer.body().contains(content), path + " answered over plain HTTP: " + answer.body());
            }
        }
    }

    /** The redirect's target works: the OpenAPI document and its UI are served over HTTPS, on https.port. */
    @Test
    void theOpenApiDocumentIsServedOverHttps() {
        Api.Answer document = Api.anonymous().get("/openapi", "application/json");
        assertEquals(200, document.status(), document::toString);
        assertTrue(document.text().contains("\"/api/seals/{esId}/approve\""), document::toString);
        Api.Answer ui = Api.anonymous().get("/openapi/ui/");
        assertEquals(200, ui.status(), ui::toString);
        assertTrue(ui.text().contains("swagger-ui"), "the UI page: " + ui.text());
    }

    /** The application's pages answer over HTTPS beside Liberty's endpoints: the console's login, the public verification. */
    @Test
    void theConsoleAndThePublicVerificationPageAreServedOverHttps() {
        Api.Answer login = Api.anonymous().get("/console/login.html");
        assertEquals(200, login.status(), login::toString);
        assertTrue(login.text().contains("id=\"login-form\""), "the console's login page: " + login.text());
        Api.Answer verify = Api.anonymous().get("/verify/");
        assertEquals(200, verify.status(), verify::toString);
        assertTrue(verify.text().contains("id=\"public-form\""), "the public verification page: " + verify.text());
    }

    @Test
    void noDemoUserCanLogIn() {
        for (String user : DEMO_USERS) {
            Api.Answer answer = Api.as(user).get("/api/seals?division=513322");
            assertEquals(401, answer.status(), user + " was let in: " + answer);
        }
    }

    @Test
    void noDemoDataIsLoaded() throws IOException {
        Path log = Path.of(System.getProperty("bianmin.server.log.dir", "target/liberty/wlp/usr/servers/bianmin/logs"))
                .resolve("messages.log");
        String messages = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(messages.contains("Bianmin is running"), "no start-up banner in " + log);
        assertTrue(messages.contains("no demo data"), "the banner does not say that no demo data is loaded");
        assertFalse(messages.contains("THIS IS A DEMO"), "the production template announced a demo");
        assertFalse(messages.contains("demo data of the annex-2 pilot sites is loaded"), "demo data was loaded");
        assertFalse(messages.contains("bianmin-demo"), "the banner lists the demo users' password");
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
