package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A fault under load: the audit bundle is stopped and started three times while two clerks sign
 * with a seal. Every signature the signer handed out is in the use register and in the audit trail
 * exactly once when the trail is back (the event waited in the seal outbox when it had to), and no
 * entry exists for a signing that was refused; the signer was simply not there while no trail was.
 */
class AuditRestartFelixIT {
    private static final Actor CLERK = Actor.of("county.clerk.wang");
    private static final Actor APPROVER = Actor.of("county.approver.li");
    private static final Actor CUSTODIAN = Actor.of("xinglong.custodian.chen");
    private static final int RESTARTS = 3;

    @TempDir
    Path dir;

    @Test
    void signingWhileTheAuditBundleRestartsLeavesEveryHandedOutSignatureAuditedOnce() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .keyStoresIn(dir).start()) {
            String esId = activeSealInCustody(felix.service(SealRegistry.class));
            long before = felix.service(AuditTrail.class).size();
            Bundle audit = felix.bundlesByName().get("org.bianmin.audit-module");

            Set<String> signed = ConcurrentHashMap.newKeySet();
            AtomicInteger refused = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clerks = Executors.newFixedThreadPool(2);
            List<Future<?>> work = new ArrayList<>();
            for (int clerk = 0; clerk < 2; clerk++) {
                int id = clerk;
                work.add(clerks.submit(() -> sign(felix.context(), esId, id, running, signed, refused)));
            }
            for (int restart = 0; restart < RESTARTS; restart++) {
                Thread.sleep(1_500);
                audit.stop();
                Thread.sleep(600);
                audit.start();
            }
            Thread.sleep(1_500);
            running.set(false);
            for (Future<?> clerk : work) {
                clerk.get();
            }
            clerks.shutdown();

            AuditTrail trail = felix.service(AuditTrail.class);
            List<String> logged = usesLogged(trail, before, esId);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (logged.size() < signed.size() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                logged = usesLogged(trail, before, esId);
            }
            Thread.sleep(2_500); // more passes of the trail's schedule, which must not log anything twice
            logged = usesLogged(trail, before, esId);

            System.out.printf("AuditRestartFelixIT: %d signatures handed out, %d refused, %d SEAL_USED entries%n",
                    signed.size(), refused.get(), logged.size());
            assertTrue(signed.size() > 0, "some signing went through");
            assertTrue(refused.get() > 0, "some signing found no signer while the trail was away");
            assertEquals(signed.size(), logged.size(), "one SEAL_USED entry per signature handed out, no more");
            assertEquals(signed, Set.copyOf(logged), "the entries are those of the signatures handed out");
            assertEquals(signed.size(), felix.service(SealRegistry.class).uses(esId).size(),
                    "the use register holds every signature handed out and nothing else");
        }
    }

    /** Signs documents until told to stop, through the signer registered at each call. */
    private static Void sign(BundleContext context, String esId, int clerk, AtomicBoolean running,
            Set<String> signed, AtomicInteger refused) throws InterruptedException {
        for (int n = 0; running.get(); n++) {
            ServiceReference<SealSigner> reference = context.getServiceReference(SealSigner.class);
            SealSigner signer = reference == null ? null : context.getService(reference);
            if (signer == null) {
                refused.incrementAndGet();
                Thread.sleep(20);
                continue;
            }
            byte[] document = ("兴隆镇 准予许可决定书 " + clerk + "-" + n).getBytes(StandardCharsets.UTF_8);
            try {
                SealSignature signature = signer.sign(esId, document, "泸兴审〔2026〕" + clerk + "-" + n + "号",
                        CUSTODIAN);
                signed.add(signature.documentHash());
            } catch (RuntimeException e) {
                refused.incrementAndGet();
            } finally {
                context.ungetService(reference);
            }
        }
        return null;
    }

    /** The document hashes of the SEAL_USED entries of {@code esId} from {@code from} on. */
    private static List<String> usesLogged(AuditTrail trail, long from, String esId) {
        return trail.entries(from, trail.size()).stream()
                .filter(entry -> entry.type() == AuditEventType.SEAL_USED && entry.subject().equals(esId))
                .map(AuditRestartFelixIT::documentHash).toList();
    }

    private static String documentHash(AuditEntry entry) {
        java.util.regex.Matcher hash = DOCUMENT_HASH.matcher(entry.payloadJson());
        assertTrue(hash.find(), entry.payloadJson());
        return hash.group(1);
    }

    private static final java.util.regex.Pattern DOCUMENT_HASH =
            java.util.regex.Pattern.compile("\"documentHash\":\"([0-9a-f]{64})\"");

    private static String activeSealInCustody(SealRegistry registry) {
        Instant now = Instant.now();
        Seal seal = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", DivisionCode.of("513322102"),
                "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now, now.plus(Duration.ofDays(365)), CLERK));
        registry.approve(seal.esId(), APPROVER);
        registry.make(seal.esId(), APPROVER);
        registry.activate(seal.esId(), APPROVER);
        registry.confirm(seal.esId(), registry.proposeCustody(seal.esId(), CUSTODIAN, CLERK, null).id(), APPROVER);
        return seal.esId();
    }
}
