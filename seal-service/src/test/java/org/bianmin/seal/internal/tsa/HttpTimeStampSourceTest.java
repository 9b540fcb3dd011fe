package org.bianmin.seal.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The external-TSA client against real HTTP servers on 127.0.0.1 (the JDK's {@link HttpServer}):
 * one serving the county TSA's responses, and others that answer another request's token, garbage,
 * an HTTP error, or too late.
 */
class HttpTimeStampSourceTest {
    private static final byte[] IMPRINT = TsaFixture.sm3("泸定县 签章值".getBytes(StandardCharsets.UTF_8));

    private final TsaFixture fixture = new TsaFixture();
    private final CountyTimeStampAuthority tsa = fixture.tsa();
    private final AtomicInteger hits = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/tsa", tsa::respond);
        serve("/garbage", request -> "<html>not a TSA</html>".getBytes(StandardCharsets.US_ASCII));
        serve("/other-nonce", request -> tsa.respond(reissued(request, IMPRINT, BigInteger.valueOf(42))));
        serve("/other-imprint", request -> tsa.respond(reissued(request, new byte[32], null)));
        server.createContext("/error", exchange -> answer(exchange, 500, new byte[0]));
        server.createContext("/slow", exchange -> {
            hits.incrementAndGet();
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, new byte[0]);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aGrantedTokenIsValidatedAndReturned() {
        byte[] token = client("/tsa", 2, fixture.certificate, null).timeStamp(IMPRINT);
        VerifiedTimeStamp verified = TimeStampTokenValidator.validate(token, GMObjectIdentifiers.sm3, IMPRINT,
                fixture.certificate);
        assertEquals(TsaFixture.NOW, verified.genTime());
        assertEquals(1, hits.get());
    }

    @Test
    void aTokenForAnotherNonceIsRefusedAndNotRetried() {
        assertCode(ErrorCode.TIMESTAMP_INVALID, "nonce", client("/other-nonce", 2, fixture.certificate, null));
        assertEquals(1, hits.get());
    }

    @Test
    void aTokenForAnotherImprintIsRefused() {
        assertCode(ErrorCode.TIMESTAMP_INVALID, "imprint", client("/other-imprint", 2, fixture.certificate, null));
    }

    @Test
    void aTokenSignedByAnotherTsaThanTheConfiguredOneIsRefused() {
        byte[] otherTsa = new TsaFixture().certificate;
        assertCode(ErrorCode.TIMESTAMP_INVALID, "not signed by the TSA certificate",
                client("/tsa", 2, otherTsa, null));
    }

    @Test
    void aRefusalIsReportedWithItsFailInfoAndNotRetried() {
        assertCode(ErrorCode.TIMESTAMP_REFUSED, "failInfo",
                client("/tsa", 2, fixture.certificate, new ASN1ObjectIdentifier("1.2.3.4")));
        assertEquals(1, hits.get());
    }

    @Test
    void garbageIsUnavailableAfterEveryRetry() {
        assertCode(ErrorCode.TIMESTAMP_UNAVAILABLE, "RFC 3161", client("/garbage", 2, fixture.certificate, null));
        assertEquals(3, hits.get(), "one try and two retries");
    }

    @Test
    void anHttpErrorIsUnavailable() {
        assertCode(ErrorCode.TIMESTAMP_UNAVAILABLE, "HTTP 500", client("/error", 0, fixture.certificate, null));
    }

    @Test
    void aTsaThatAnswersTooLateIsUnavailable() {
        long started = System.nanoTime();
        assertCode(ErrorCode.TIMESTAMP_UNAVAILABLE, "in time", client("/slow", 1, fixture.certificate, null));
        assertEquals(2, hits.get());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1900, "gave up at the read timeout");
    }

    @Test
    void aTsaThatCannotBeReachedIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpTimeStampSource client = new HttpTimeStampSource(new HttpTimeStampSource.Settings(
                URI.create("http://127.0.0.1:" + closedPort + "/tsa"), Duration.ofMillis(500), Duration.ofMillis(500),
                0, fixture.certificate, null));
        assertCode(ErrorCode.TIMESTAMP_UNAVAILABLE, "cannot be reached", client);
    }

    @Test
    void aConfiguredCertificateWithoutTheTimeStampingPurposeIsAConfigurationError() {
        BianminException e = assertThrows(BianminException.class,
                () -> client("/tsa", 0, fixture.ca.makerCertificate(), null));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    }

    private HttpTimeStampSource client(String path, int retries, byte[] tsaCertificate, ASN1ObjectIdentifier policy) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new HttpTimeStampSource(new HttpTimeStampSource.Settings(url, Duration.ofSeconds(2),
                Duration.ofMillis(400), retries, tsaCertificate, policy));
    }

    private void serve(String path, UnaryOperator<byte[]> reply) {
        server.createContext(path, exchange -> {
            hits.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            answer(exchange, 200, reply.apply(body));
        });
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A request like the client's, but for another imprint or nonce (null keeps the client's). */
    private static byte[] reissued(byte[] clientRequest, byte[] imprint, BigInteger nonce) {
        try {
            TimeStampRequest original = new TimeStampRequest(clientRequest);
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            return generator.generate(GMObjectIdentifiers.sm3, imprint, nonce == null ? original.getNonce() : nonce)
                    .getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertCode(ErrorCode code, String why, HttpTimeStampSource client) {
        BianminException e = assertThrows(BianminException.class, () -> client.timeStamp(IMPRINT));
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
