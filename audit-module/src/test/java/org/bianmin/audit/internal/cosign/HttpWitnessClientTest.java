package org.bianmin.audit.internal.cosign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.audit.WitnessAnswer;
import org.bianmin.audit.WitnessAnswer.Outcome;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log's HTTP client of a witness, against a server on 127.0.0.1 that answers as tlog-witness says. */
class HttpWitnessClientTest {
    private HttpServer server;
    private final List<String> received = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private int status = 200;
    private String body = "\u2014 ganzi.gov.cn/bianmin/witness AAAA\n";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/witness/add-checkpoint", exchange -> {
            received.add(exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheBodyToAddCheckpointAndReadsTheStatus() {
        WitnessClient client = new HttpWitnessClient(prefix(), "log.luding", "secret");
        WitnessAnswer cosigned = client.addCheckpoint("old 0\n\nnote".getBytes(StandardCharsets.UTF_8));
        assertEquals(new WitnessAnswer(Outcome.COSIGNED, body), cosigned);
        assertEquals(List.of("POST old 0\n\nnote"), received);
        assertEquals(List.of("Basic bG9nLmx1ZGluZzpzZWNyZXQ="), authorizations, "log.luding:secret");

        status = 409;
        body = "12\n";
        assertEquals(new WitnessAnswer(Outcome.CONFLICT, "12\n"),
                new HttpWitnessClient(prefix(), "", "").addCheckpoint(new byte[] {1}));
        assertEquals("null", authorizations.get(1), "no login configured, none sent");
        status = 422;
        assertEquals(Outcome.INCONSISTENT, client.addCheckpoint(new byte[] {1}).outcome());
    }

    @Test
    void anUnexpectedStatusOrNoServerIsUnavailable() {
        status = 500;
        BianminException odd = assertThrows(BianminException.class,
                () -> new HttpWitnessClient(prefix(), "", "").addCheckpoint(new byte[] {1}));
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, odd.code());
        URI gone = prefix();
        server.stop(0);
        BianminException down = assertThrows(BianminException.class,
                () -> new HttpWitnessClient(gone, "", "").addCheckpoint(new byte[] {1}));
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, down.code());
    }

    private URI prefix() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/witness");
    }
}
