package org.bianmin.seal.internal.verify;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bianmin.audit.AuditTrail;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckOutcome;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.revocation.RevocationListIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verifier elsewhere fetches the CRL that the signer certificate names as its distribution point
 * (RFC 5280 §4.2.1.13), served here by the JDK's HTTP server on 127.0.0.1 as the registry serves
 * {@code GET /api/ca/crl}: only when the policy asks, once until the list's nextUpdate, and a point
 * that does not answer is no list at hand.
 */
class DistributionPointFetchTest {
    private static final byte[] APPROVAL = "兴隆镇 准予许可决定书 2026-0111".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private HttpServer server;
    private final AtomicReference<byte[]> served = new AtomicReference<>();
    private final AtomicInteger requests = new AtomicInteger();
    private RegistryFixture fixture;
    private RevocationListIssuer crls;
    private Seal seal;

    @BeforeEach
    void open() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/ca/crl", exchange -> {
            requests.incrementAndGet();
            byte[] body = served.get();
            if (body == null) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        URI point = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/ca/crl");
        fixture = new RegistryFixture(directory, mock(AuditTrail.class), point);
        crls = new RevocationListIssuer(fixture.store, fixture.keys, SoftwareSealMakerAuthority.ISSUING_ALIAS,
                fixture.authority.issuingCertificate(), fixture.clock, Duration.ofHours(6));
        seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.advance(Duration.ofDays(1));
    }

    @AfterEach
    void close() {
        fixture.close();
        server.stop(0);
    }

    @Test
    void theListAtTheDistributionPointIsFetchedOnceAndUsed() {
        SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕111号", CUSTODIAN);
        Instant signedAt = fixture.now.get();
        fixture.advance(Duration.ofDays(2));
        fixture.revoke(seal.esId(), "key lost", signedAt.minus(Duration.ofHours(1)));
        served.set(crls.issue());
        DefaultSealVerifier verifier = elsewhere();
        ValidationPolicy policy = anchorsOnly().withRevocationListsFetched(true);

        CheckOutcome first = verify(verifier, signature, policy);
        CheckOutcome again = verify(verifier, signature, policy);

        assertEquals(CheckResult.FAILED, first.result(), first::detail);
        assertEquals(SubIndication.REVOKED, first.subIndication());
        assertTrue(first.detail().contains("distribution point"), first::detail);
        assertEquals(first.detail(), again.detail());
        assertEquals(1, requests.get(), "the list is kept until its nextUpdate");
    }

    @Test
    void nothingIsFetchedUnlessThePolicyAsks() {
        SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕111号", CUSTODIAN);
        served.set(crls.issue());

        CheckOutcome check = verify(elsewhere(), signature, anchorsOnly());

        assertEquals(CheckResult.NOT_APPLICABLE, check.result());
        assertEquals(0, requests.get());
    }

    @Test
    void aDistributionPointThatDoesNotServeAListLeavesNoneAtHand() {
        SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕111号", CUSTODIAN);
        served.set(null); // 503

        DefaultSealVerifier verifier = elsewhere();
        ValidationPolicy policy = anchorsOnly().withRevocationListsFetched(true).withRevocationRequired(true);
        CheckOutcome check = verify(verifier, signature, policy);
        verify(verifier, signature, policy);

        assertEquals(CheckResult.INDETERMINATE, check.result(), check::detail);
        assertEquals(SubIndication.TRY_LATER, check.subIndication());
        assertEquals("revocation.none", check.messageKey());
        assertEquals(1, requests.get(), "a point that failed is not asked again at once");
        fixture.advance(Duration.ofMinutes(2));
        verify(verifier, signature, policy);
        assertEquals(2, requests.get(), "but a while later");
    }

    private DefaultSealVerifier elsewhere() {
        return new DefaultSealVerifier(null, null, fixture.clock, OfdLimits.DEFAULT);
    }

    private ValidationPolicy anchorsOnly() {
        return ValidationPolicy.defaults().withTrustAnchors(fixture.authority.caCertificates());
    }

    private static CheckOutcome verify(DefaultSealVerifier verifier, SealSignature signature, ValidationPolicy policy) {
        return verifier.verifyDetached(signature.der(), new ByteArrayInputStream(APPROVAL), policy).signatures().get(0)
                .check(CheckId.SIGNER_REVOCATION).orElseThrow();
    }
}
