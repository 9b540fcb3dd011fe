package org.bianmin.it.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The REST API of the Liberty server that the build started, called over HTTPS as one demo user with
 * a plain JDK {@link HttpClient} ({@link TestTls}). The ports come from the build
 * ({@code bianmin.https.port}, {@code bianmin.http.port}), the same properties the server was started with.
 */
final class Api {
    static final String PASSWORD = "bianmin-demo";
    private static final HttpClient CLIENT = HttpClient.newBuilder().sslContext(TestTls.context())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String authorization;
    private final URI server;

    private Api(String authorization, URI server) {
        this.authorization = authorization;
        this.server = server;
    }

    private Api(String authorization) {
        this(authorization, base());
    }

    /** The same user on another server, e.g. a second node ({@link LibertyNode}) at {@code https://localhost:PORT}. */
    Api on(URI otherServer) {
        return new Api(authorization, otherServer);
    }

    /** Calls as the given demo user. */
    static Api as(String user) {
        return new Api("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** Calls with the given user and password. */
    static Api as(String user, String password) {
        return new Api("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Calls without credentials. */
    static Api anonymous() {
        return new Api(null);
    }

    /** The server's base address, over HTTPS, e.g. {@code https://localhost:9443}. */
    static URI base() {
        return URI.create("https://localhost:" + System.getProperty("bianmin.https.port", "9443"));
    }

    /** The server's plain-HTTP address, e.g. {@code http://localhost:9080}, which only redirects to HTTPS. */
    static URI plainBase() {
        return URI.create("http://localhost:" + System.getProperty("bianmin.http.port", "9080"));
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Answer postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer postBytes(String path, String contentType, byte[] body, String accept) {
        return send(request(path).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A {@code multipart/form-data} POST whose parts are named byte arrays. */
    Answer postParts(String path, java.util.Map<String, byte[]> parts) {
        String boundary = "bianmin-" + java.util.UUID.randomUUID();
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(formData(boundary, parts))));
    }

    /** A {@code multipart/form-data} body (RFC 7578) of named byte arrays, each part a file of its name. */
    static byte[] formData(String boundary, java.util.Map<String, byte[]> parts) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        parts.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(90));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, content type, body and headers (names in lower case). */
    record Answer(int status, String contentType, byte[] body, java.util.Map<String, java.util.List<String>> headers) {
        Answer(int status, String contentType, byte[] body) {
            this(status, contentType, body, java.util.Map.of());
        }

        /** The first value of a header, or null. */
        String header(String name) {
            java.util.List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        /** The error code of a JSON error body. */
        String code() {
            return json().path("code").asText();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length > 2000 ? text().substring(0, 2000) : text());
        }
    }
}
