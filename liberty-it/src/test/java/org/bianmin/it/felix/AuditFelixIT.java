package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.it.AuditVerifyJar;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.seal.OfdSealer;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail service in Felix: a seal's life run through the seal registry, which logs every
 * step to the registered {@link AuditTrail}; checkpoints signed by the county audit key from its
 * encrypted PKCS#12 file; and an auditor who checks, offline with {@code audit-verify.jar}, the
 * export, the checkpoints' signatures, an inclusion proof and a consistency proof the service
 * produced.
 */
class AuditFelixIT {
    @TempDir
    Path dir;

    @Test
    void aSealFlowIsLoggedAndItsProofsVerifyOffline() throws Exception {
        Path keyStore = dir.resolve("audit-key.p12");
        try (FelixRuntime felix = start()) {
            SealRegistry registry = felix.service(SealRegistry.class);
            AuditTrail trail = felix.service(AuditTrail.class);
            long before = trail.size();
            Instant now = Instant.now();
            String seal = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", DivisionCode.of("513322102"),
                    "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now, now.plus(Duration.ofDays(365)),
                    Actor.of("county.clerk.wang"))).esId();
            Actor approver = Actor.of("county.approver.li");
            registry.approve(seal, approver);
            registry.make(seal, approver);
            registry.activate(seal, approver);
            Checkpoint issuedCheckpoint = trail.publishCheckpoint();
            registry.suspend(seal, approver, "印章遗失");
            Checkpoint checkpoint = trail.publishCheckpoint();

            List<AuditEntry> logged = trail.entries(before, trail.size()).stream()
                    .filter(entry -> entry.subject().equals(seal)).toList();
            assertEquals(List.of(AuditEventType.SEAL_REQUESTED, AuditEventType.SEAL_APPROVED, AuditEventType.SEAL_MADE,
                    AuditEventType.SEAL_ACTIVATED, AuditEventType.SEAL_SUSPENDED),
                    logged.stream().map(AuditEntry::type).distinct().toList(), "the registry logged the seal's life");
            AuditEntry suspended = logged.get(logged.size() - 1);
            assertEquals(trail.size(), checkpoint.treeSize());
            assertTrue(Files.size(keyStore) > 0, "the embedded key store was created");
            assertTrue(trail.checkpointTimeStamp(checkpoint.treeSize()).isPresent(),
                    "the county TSA of the seal bundle time-stamped the checkpoint");

            InclusionProof inclusion = trail.inclusionProof(suspended.sequence(), checkpoint.treeSize());
            ConsistencyProof consistency = trail.consistencyProof(issuedCheckpoint.treeSize(), checkpoint.treeSize());
            Path export = dir.resolve("audit.jsonl");
            try (OutputStream out = Files.newOutputStream(export)) {
                trail.export(out);
            }
            Path key = AuditVerifyJar.writePublicKey(dir.resolve("audit-key.pem"), trail.checkpointPublicKey());
            String entryLine = Files.readAllLines(export, StandardCharsets.UTF_8).get((int) suspended.sequence() + 1);
            Path inclusionFile = dir.resolve("inclusion.json");
            Files.writeString(inclusionFile, "{\"inclusionProof\":{\"entry\":" + entryLine + ",\"leafIndex\":"
                    + inclusion.leafIndex() + ",\"path\":" + AuditVerifyJar.hashes(inclusion.path()) + ",\"treeSize\":"
                    + inclusion.treeSize() + "}}");
            Path consistencyFile = AuditVerifyJar.writeConsistencyProof(dir.resolve("consistency.json"), consistency);

            AuditVerifyJar.Result result = AuditVerifyJar.run(export.toString(), "--key", key.toString(),
                    "--proof", inclusionFile.toString(),
                    "--proof", consistencyFile.toString());
            assertEquals(0, result.status(), result.output());
            assertTrue(result.output().contains("PASSED  inclusion-proof[entry=" + suspended.sequence() + ", size="
                    + checkpoint.treeSize() + "]"), result.output());
            assertTrue(result.output().contains("PASSED  consistency-proof[" + issuedCheckpoint.treeSize() + "->"
                    + checkpoint.treeSize() + "]"), result.output());
            assertTrue(result.output().contains("PASSED  checkpoint-signature[size=" + checkpoint.treeSize() + "]"),
                    result.output());

            Files.writeString(inclusionFile, Files.readString(inclusionFile).replace("印章遗失", "印章损坏"));
            AuditVerifyJar.Result forged = AuditVerifyJar.run(export.toString(), "--key", key.toString(),
                    "--proof", inclusionFile.toString());
            assertEquals(1, forged.status(), forged.output());
            assertTrue(forged.output().contains("PROOF_ROOT_MISMATCH"), forged.output());
        }
    }

    /**
     * The audit trail is mandatory for every service that performs a privileged act: with
     * the trail's component disabled, the seal registry, the signer, the OFD sealer, the catalogue and
     * the proxy ledger are withdrawn, while verification and the working-day calendar stay; enabled
     * again, they return, and a step taken then is logged once.
     */
    @Test
    void withoutTheTrailNoPrivilegedServiceIsActive() throws Exception {
        try (FelixRuntime felix = start()) {
            felix.service(SealRegistry.class);
            felix.service(ProxyCases.class);
            GogoShell shell = new GogoShell(felix);
            shell.run("scr:disable " + TRAIL_COMPONENT);
            awaitWithdrawn(felix, AuditTrail.class);

            for (Class<?> privileged : List.of(SealRegistry.class, SealSigner.class, OfdSealer.class,
                    ServiceCatalogue.class, ProxyCases.class, ProxyPoints.class)) {
                awaitWithdrawn(felix, privileged);
            }
            assertNotNull(felix.context().getServiceReference(SealVerifier.class), "verification needs no trail");
            assertNotNull(felix.context().getServiceReference(WorkingDays.class), "the calendar needs no trail");

            shell.run("scr:enable " + TRAIL_COMPONENT);
            SealRegistry registry = felix.service(SealRegistry.class);
            felix.service(ProxyCases.class);
            AuditTrail trail = felix.service(AuditTrail.class);
            long before = trail.size();
            Instant now = Instant.now();
            String seal = registry.request(new SealRequest("泸定县冷碛镇便民服务中心", DivisionCode.of("513322103"),
                    "泸定县冷碛镇人民政府审批服务专用章", "审批专用章", now, now.plus(Duration.ofDays(365)),
                    Actor.of("county.clerk.wang"))).esId();
            Thread.sleep(2_500); // a few passes of the trail's schedule, which must not log it again
            assertEquals(List.of(AuditEventType.SEAL_REQUESTED), logged(trail, before, seal).stream()
                    .map(AuditEntry::type).toList(), "the request was logged once");
        }
    }

    /** The audit trail's component name (its class), for SCR's shell commands. */
    private static final String TRAIL_COMPONENT = "org.bianmin.audit.internal.trail.AuditTrailComponent";

    private static void awaitWithdrawn(FelixRuntime felix, Class<?> service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (felix.context().getServiceReference(service) != null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertNull(felix.context().getServiceReference(service), service.getSimpleName() + " is still registered");
    }

    /** Felix with the platform's bundles, the seal keys and the county audit key in {@code dir}. */
    private FelixRuntime start() throws Exception {
        return FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase().keyStoresIn(dir).start();
    }

    private static List<AuditEntry> logged(AuditTrail trail, long from, String subject) {
        return trail.entries(from, trail.size()).stream().filter(entry -> entry.subject().equals(subject)).toList();
    }
}
