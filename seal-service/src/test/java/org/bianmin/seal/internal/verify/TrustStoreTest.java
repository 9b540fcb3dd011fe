package org.bianmin.seal.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.junit.jupiter.api.Test;

/**
 * Certification paths over a county's two-tier CA (RFC 5280 §6): listed with its root, the issuing
 * CA is a step of the path and the path is validated under the root.
 */
class TrustStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");
    private static final TimeSource CLOCK = () -> NOW;

    @Test
    void aSignerCertificateChainsThroughTheIssuingCaToTheRoot() {
        Pkcs12SealKeyStore keys = Pkcs12SealKeyStore.inMemory();
        SoftwareSealMakerAuthority county = new SoftwareSealMakerAuthority(keys, "泸定县电子印章制作中心", CLOCK);
        ParsedCertificate signer = signer(county, keys);

        ChainFacts chain = TrustStore.of(county.caCertificates(), List.of(), List.of()).chain(signer, List.of());

        assertTrue(chain.anchored());
        assertNull(chain.violation());
        assertEquals(List.of("泸定县兴隆镇人民政府审批服务专用章", "泸定县电子印章制作中心 Issuing CA",
                "泸定县电子印章制作中心 Root CA"), chain.path().stream().map(TrustStoreTest::commonName).toList());
    }

    /** An issuing CA of the same name under another root is judged under the listed root, and fails there. */
    @Test
    void anIssuingCaListedWithARootThatDidNotSignItFailsValidation() {
        Pkcs12SealKeyStore keys = Pkcs12SealKeyStore.inMemory();
        SoftwareSealMakerAuthority county = new SoftwareSealMakerAuthority(keys, "泸定县电子印章制作中心", CLOCK);
        Pkcs12SealKeyStore otherKeys = Pkcs12SealKeyStore.inMemory();
        SoftwareSealMakerAuthority impostor = new SoftwareSealMakerAuthority(otherKeys, "泸定县电子印章制作中心", CLOCK);
        ParsedCertificate signer = signer(impostor, otherKeys);

        ChainFacts chain = TrustStore.of(List.of(county.caCertificates().get(0), impostor.issuingCertificate()),
                List.of(), List.of()).chain(signer, List.of());

        assertEquals(3, chain.path().size());
        assertNotNull(chain.violation(), "the impostor's issuing CA is not signed by the county root");
    }

    private static ParsedCertificate signer(SoftwareSealMakerAuthority authority, Pkcs12SealKeyStore keys) {
        Instant from = NOW.truncatedTo(ChronoUnit.SECONDS);
        return ParsedCertificate.parse(authority.issueSignerCertificate("泸定县兴隆镇人民政府审批服务专用章",
                keys.generate("seal-1"), from, from.plus(365, ChronoUnit.DAYS)));
    }

    private static String commonName(CertificateFacts facts) {
        String subject = facts.subject();
        return subject.substring(subject.indexOf("CN=") + 3);
    }
}
