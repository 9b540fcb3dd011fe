package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckSeverity;
import org.bianmin.seal.ValidationPolicy;
import org.junit.jupiter.api.Test;

/** Policies with the same anchors share a trust store (and so its cached paths); others do not. */
class VerificationCacheTest {
    private static final TestSeals PKI = new TestSeals();

    @Test
    void trustStoresAreSharedByAnchorContent() {
        VerificationCache cache = new VerificationCache();
        ValidationPolicy a = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate()));
        ValidationPolicy b = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.root.certificate().clone()))
                .withValidationTime(Instant.EPOCH).withSeverity(CheckId.TIMESTAMP, CheckSeverity.WARN);
        assertSame(cache.trustStore(a), cache.trustStore(b));
        ValidationPolicy other = ValidationPolicy.defaults().withTrustAnchors(List.of(PKI.maker.certificate()));
        assertNotSame(cache.trustStore(a), cache.trustStore(other));
        ParsedCertificate signer = cache.certificate(PKI.signer.certificate());
        assertSame(cache.chain(cache.trustStore(a), signer, List.of()),
                cache.chain(cache.trustStore(b), signer, List.of()));
    }
}
