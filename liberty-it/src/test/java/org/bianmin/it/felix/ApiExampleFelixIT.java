package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealProposal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API example of the root README, compiled and run here so that the README never shows
 * code that does not work. The lines between the markers are the README's example.
 */
class ApiExampleFelixIT {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleIssuesSignsAndVerifies() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .configure("org.bianmin.seal.keystore", Map.of("keystore.path", dir.resolve("keys.p12").toString(),
                        "keystore.password", "example-secret"))
                .start()) {
            SealRegistry registry = felix.service(SealRegistry.class);
            SealSigner signer = felix.service(SealSigner.class);
            SealVerifier verifier = felix.service(SealVerifier.class);
            SealMakerAuthority countyCa = felix.service(SealMakerAuthority.class);
            byte[] decision = "准予许可决定书".getBytes(StandardCharsets.UTF_8);

            // README example begins
            Actor clerk = Actor.of("county.clerk.wang");
            Actor approver = Actor.of("county.approver.li");
            Actor admin = Actor.of("county.admin.zhang");
            Instant now = Instant.now();

            Seal seal = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", DivisionCode.of("513322102"),
                    "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now, now.plus(Duration.ofDays(3 * 365)), clerk));
            registry.approve(seal.esId(), approver);          // a second administrator: dual control
            registry.make(seal.esId(), approver);             // SM2 key, certificate, picture, SESeal
            registry.activate(seal.esId(), approver);
            SealProposal custody = registry.proposeCustody(seal.esId(), clerk, admin, null);
            registry.confirm(seal.esId(), custody.id(), approver);  // custody: one proposes, another confirms

            SealSignature signature = signer.sign(seal.esId(), decision, "泸兴审〔2026〕1号", clerk);

            ValidationPolicy policy = verifier.defaultPolicy().withTrustAnchors(countyCa.caCertificates());
            VerificationReport report = verifier.verifyDetached(signature.der(),
                    new ByteArrayInputStream(decision), policy);
            System.out.println(report.overall());             // TOTAL_PASSED
            // README example ends

            assertEquals(Indication.TOTAL_PASSED, report.overall(), report.toString());
        }
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws Exception {
        String source = Files.readString(Path.of("src/test/java/org/bianmin/it/felix/ApiExampleFelixIT.java"));
        String example = source.substring(source.indexOf("// README example begins\n") + 25,
                source.indexOf("            // README example ends"));
        String dedented = example.lines().map(line -> line.length() >= 12 ? line.substring(12) : line.strip())
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"));

        assertTrue(readme.contains("```java\n" + dedented + "\n```"), "README.md's Java example differs from this test");
    }
}
