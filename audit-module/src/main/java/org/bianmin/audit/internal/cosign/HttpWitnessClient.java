package org.bianmin.audit.internal.cosign;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.bianmin.audit.WitnessAnswer;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * A witness over HTTP: {@code POST <submission prefix>/add-checkpoint} (C2SP tlog-witness), with a
 * timeout, and HTTP basic credentials when the witness's server asks for a login.
 */
public final class HttpWitnessClient implements WitnessClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final String authorization;
    private final HttpClient http;

    /** The witness whose submission prefix is {@code prefix}; {@code user} may be empty (no login). */
    public HttpWitnessClient(URI prefix, String user, String password) {
        String base = prefix.toString();
        this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "add-checkpoint");
        this.authorization = user == null || user.isEmpty() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public WitnessAnswer addCheckpoint(byte[] request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            WitnessAnswer.Outcome outcome = Arrays.stream(WitnessAnswer.Outcome.values())
                    .filter(candidate -> candidate.httpStatus() == response.statusCode()).findFirst()
                    .orElseThrow(() -> new BianminException(ErrorCode.SERVICE_UNAVAILABLE, "the witness at " + endpoint
                            + " answered HTTP " + response.statusCode()));
            return new WitnessAnswer(outcome, response.body());
        } catch (IOException e) {
            throw new BianminException(ErrorCode.SERVICE_UNAVAILABLE, "cannot reach the witness at " + endpoint + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BianminException(ErrorCode.SERVICE_UNAVAILABLE, "interrupted while asking the witness at " + endpoint, e);
        }
    }
}
