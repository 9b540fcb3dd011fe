package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web console's foundation in a real browser and over HTTP: the login page (Chinese by default,
 * an English switch), a refused password, the console sending a visitor without a session to the
 * login; the session's CSRF token on changes; the security headers; a console call answered 401
 * without a password dialog; a 403 naming the role needed.
 */
class ConsoleIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final Browser BROWSER = Browser.office();


    @Test
    void withoutASessionTheConsoleSendsToTheLoginPage() {
        BROWSER.open("/console/login.html");
        BROWSER.useLanguage("zh");
        BROWSER.open("/console/");
        BROWSER.waitUntilText("#login-message", "登录已过期或尚未登录");
        assertTrue(BROWSER.address().endsWith("/console/login.html?expired"), BROWSER.address());
        assertEquals("登录", BROWSER.text("#login-form h2"));
    }

    @Test
    void aWrongPasswordIsRefusedAndTheConsoleSpeaksEnglishOnRequest() {
        BROWSER.open("/console/login.html");
        BROWSER.useLanguage("zh");
        BROWSER.open("/console/login.html");
        BROWSER.type("#username", "admin.zhang");
        BROWSER.type("#password", "not-the-password");
        BROWSER.click("#login-submit");
        BROWSER.waitUntilText("#login-message", "用户名或密码不正确");
        BROWSER.screenshot("login");

        BROWSER.signIn("admin.zhang", "zh");
        assertTrue(BROWSER.text("#who").contains("印章管理员"), BROWSER.text("#who"));
        BROWSER.waitUntilText("#nav", "印章登记簿");
        BROWSER.click("#lang");
        BROWSER.waitUntilText("#nav", "Seal registry");
        assertTrue(BROWSER.text("#who").contains("seal administrator"), BROWSER.text("#who"));
        assertEquals("Sign out", BROWSER.text("#logout"));
        BROWSER.click("#lang");
        BROWSER.waitUntilText("#nav", "印章登记簿");

        BROWSER.click("#logout");
        BROWSER.waitFor("#login-form");
        BROWSER.open("/console/");
        BROWSER.waitUntilText("#login-message", "登录");
    }

    @Test
    void aConsoleSessionChangesNothingWithoutItsToken() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(TestTls.context()).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(Api.base().resolve("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin.zhang&password="
                        + URLEncoder.encode(Api.PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, login.statusCode(), login::body);
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/console/"), login.headers()::toString);
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        JsonNode caller = json(send(client, "GET", "/api/session", null, null));
        assertEquals("admin.zhang", caller.path("user").asText());
        assertEquals("[\"seal-admin\"]", caller.path("roles").toString());
        String token = caller.path("csrfToken").asText();
        assertTrue(token.length() >= 40, caller::toString);

        String request = SealFlowIT.sealRequest(Divisions.freshTownship());
        HttpResponse<String> withoutToken = send(client, "POST", "/api/seals", request, null);
        assertEquals(403, withoutToken.statusCode(), withoutToken::body);
        assertEquals("CSRF_REFUSED", json(withoutToken).path("code").asText());
        HttpResponse<String> wrongToken = send(client, "POST", "/api/seals", request, token + "x");
        assertEquals(403, wrongToken.statusCode(), wrongToken::body);
        HttpResponse<String> withToken = send(client, "POST", "/api/seals", request, token);
        assertEquals(201, withToken.statusCode(), withToken::body);
        assertEquals("admin.zhang", json(withToken).path("requestedBy").asText());

        HttpResponse<String> logout = send(client, "POST", "/console/logout", null, token);
        assertEquals(303, logout.statusCode(), logout::body);
        assertEquals(401, send(client, "GET", "/api/session", null, null).statusCode());
    }

    @Test
    void aChangeSentByAnotherSiteIsRefusedEvenWithBasicCredentials() {
        HttpResponse<String> answer = basic("admin.zhang", "POST", "/api/seals",
                SealFlowIT.sealRequest(Divisions.freshTownship()), "Sec-Fetch-Site", "cross-site");
        assertEquals(403, answer.statusCode(), answer::body);
        assertEquals("CSRF_REFUSED", json(answer).path("code").asText());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/console/", "/console/login.html", "/verify/", "/console/js/app.js",
            "/api/seals"}) {
            HttpResponse<String> answer = basic("auditor.zhao", "GET", path, null, "Accept", "*/*");
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'")
                    && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"), path + ": " + policy);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void theConsolesOwnCallsGetNoPasswordDialog() {
        HttpResponse<String> console = anonymous("/api/session", "X-Requested-With", "bianmin-console");
        assertEquals(401, console.statusCode());
        assertEquals("NOT_AUTHENTICATED", json(console).path("code").asText());
        assertFalse(console.headers().firstValue("WWW-Authenticate").isPresent(), console.headers()::toString);
        HttpResponse<String> other = anonymous("/api/session", "Accept", "application/json");
        assertEquals(401, other.statusCode());
        assertEquals("Basic realm=\"Bianmin\"", other.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void aRefusalForLackOfRoleNamesTheRoleNeeded() {
        HttpResponse<String> answer = basic("auditor.zhao", "POST", "/api/seals/51332299999999/approve", null,
                "Accept", "application/json");
        assertEquals(403, answer.statusCode(), answer::body);
        assertEquals("NOT_PERMITTED", json(answer).path("code").asText());
        assertTrue(json(answer).path("message").asText().endsWith("it needs the role seal-approver"), answer::body);
    }

    private static HttpResponse<String> send(HttpClient client, String method, String path, String json, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.base().resolve(path))
                .header("X-Requested-With", "bianmin-console")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("X-CSRF-Token", token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> basic(String user, String method, String path, String json, String header,
            String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.base().resolve(path)).header(header, value)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return call(request);
    }

    private static HttpResponse<String> anonymous(String path, String header, String value) {
        return call(HttpRequest.newBuilder(Api.base().resolve(path)).header(header, value).GET());
    }

    private static HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return HttpClient.newBuilder().sslContext(TestTls.context()).build().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + answer.statusCode() + "): " + answer.body(), e);
        }
    }
}
