package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.it.AuditVerifyJar;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealVerifier;
import org.bianmin.seal.SubSealRequest;
import org.bianmin.seal.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore as the root README (<em>Backup and restore</em>) tells an operator to do it,
 * with the real tools: platform A runs on a PostgreSQL database of its own with its key files in one
 * directory, issues an approval seal and a numbered sub-seal, signs a document, receives a proxy case
 * with an applicant's ID-card number and phone, publishes a checkpoint, and stops. The backup is {@code pg_dump -Fc} of the database and a {@code tar} of the
 * key directory (modes kept: the personal-data keys must stay owner-only); then A's database and key
 * directory are deleted, as on a lost machine. Both are restored on another PostgreSQL server (a
 * scratch server of the test's own, port {@code bianmin.it.restore.pg.port}, 55433 by default) into
 * an empty database made with {@code createdb}, and platform B starts on them.
 *
 * <p>B, with nothing but the backup: (a) verifies A's signature TOTAL_PASSED, its SEAL_STATUS
 * check answered by B's registry, which knows the seal as active; (b) numbers the centre's next
 * sub-seal after the one A issued (C-SEAL, numbered seals) and gives new seals codes A never issued
 * (seal-service README, <em>Numbering</em>); (c) signs its checkpoints with A's audit key and
 * proves its log consistent with the checkpoint A published before the backup (RFC 9162 §2.1.4),
 * which {@code audit-verify.jar} checks on B's export with the key pinned from A before the backup;
 * signs anew with A's seal; and reads the applicant's personal data in clear and finds the case by
 * the ID-card number, through the restored personal-data key.
 *
 * <p>Skipped when the PostgreSQL client tools are not installed or no PostgreSQL server answers at
 * 127.0.0.1:5432. Where the scratch server cannot be made (no {@code initdb}, or run by root with no
 * {@code postgres} account), the restore goes into a new empty database on the 5432 server instead, and
 * the test says so on its output.
 */
class BackupRestoreFelixIT {
    private static final int SOURCE_PORT = 5432;
    private static final int RESTORE_PORT = Integer.getInteger("bianmin.it.restore.pg.port", 55433);
    private static final String DRIVER = "org.postgresql.Driver";
    private static final DivisionCode XINGLONG = DivisionCode.of("513322102");
    private static final Actor CLERK = Actor.of("county.clerk.wang");
    private static final Actor APPROVER = Actor.of("county.approver.li");
    private static final Actor CUSTODIAN = Actor.of("xinglong.custodian.chen");
    private static final byte[] DOCUMENT = "兴隆镇 准予许可决定书 2026-031".getBytes(StandardCharsets.UTF_8);
    private static final DivisionCode HEPING = DivisionCode.of("513322102201");
    private static final Actor AGENT = Actor.of("agent.zhang");
    private static final Actor CENTRE = Actor.of("xinglong.centre.li");
    private static final String APPLICANT_ID = IdCardNumber.of("51332219450312002"
            + IdCardNumber.checkCharacter("51332219450312002")).value();
    private static final long STARTED = System.nanoTime();
    /**
     * Both platforms' clock: 2025-10-20 09:00 in Luding, inside the catalogue calendar's years, going
     * on at the machine's pace, so that nothing depends on today.
     */
    private static final TimeSource CLOCK = () -> LocalDate.of(2025, 10, 20).atTime(9, 0)
            .atZone(ZoneId.of("Asia/Shanghai")).toInstant().plusNanos(System.nanoTime() - STARTED);

    @TempDir
    Path dir;

    /** What platform A left behind, as the test saw it before the backup. */
    private record BeforeBackup(String centre, Seal subSeal, SealSignature signature, Checkpoint checkpoint,
            String checkpointNote, byte[] auditKey, String proxyCase) {
    }

    @Test
    void aPlatformRestoredOnAnotherServerVerifiesNumbersAndLogsOnFromWhereItWasBackedUp() throws Exception {
        for (String tool : List.of("pg_dump", "pg_restore", "createdb")) {
            assumeTrue(PostgresTools.onPath(tool),
                    tool + " is not installed (Debian: apt-get install postgresql-client)");
        }
        assumeTrue(answers(SOURCE_PORT), "no PostgreSQL server at 127.0.0.1:" + SOURCE_PORT + " (README, Tests)");
        String source = PostgresTools.uniqueDatabaseName("bianmin_backup");
        PostgresTools.execute(SOURCE_PORT, "postgres", "CREATE DATABASE " + source);
        try {
            Path keysA = dir.resolve("node-a").resolve("keys");
            BeforeBackup before;
            try (FelixRuntime a = platform(PostgresTools.jdbcUrl(SOURCE_PORT, source), keysA).demoCatalogue().start()) {
                before = issueSignAndCheckpoint(a);
            }
            Path pinnedKey = AuditVerifyJar.writePublicKey(dir.resolve("audit-key.pem"), before.auditKey());

            Path backup = Files.createDirectories(dir.resolve("backup"));
            Path dump = backup.resolve("bianmin.dump");
            PostgresTools.run(List.of("pg_dump", "-h", "127.0.0.1", "-p", String.valueOf(SOURCE_PORT),
                    "-U", PostgresTools.USER, "-Fc", "-f", dump.toString(), source));
            Path keys = backup.resolve("keys.tar");
            PostgresTools.run(List.of("tar", "-C", keysA.toString(), "-cpf", keys.toString(), "."));
            // the original is lost: B has the backup only
            PostgresTools.execute(SOURCE_PORT, "postgres", "DROP DATABASE " + source + " WITH (FORCE)");
            PostgresTools.run(List.of("rm", "-r", keysA.toString()));

            Path keysB = Files.createDirectories(dir.resolve("node-b").resolve("keys"));
            PostgresTools.run(List.of("tar", "-C", keysB.toString(), "-xpf", keys.toString()));
            try (RestoreTarget target = RestoreTarget.open()) {
                String port = String.valueOf(target.port());
                PostgresTools.run(List.of("createdb", "-h", "127.0.0.1", "-p", port, "-U", PostgresTools.USER,
                        target.database()));
                PostgresTools.run(List.of("pg_restore", "-h", "127.0.0.1", "-p", port, "-U", PostgresTools.USER,
                        "--exit-on-error", "--no-owner", "-d", target.database(), dump.toString()));
                try (FelixRuntime b = platform(PostgresTools.jdbcUrl(target.port(), target.database()), keysB)
                        .start()) {
                    goesOnFromTheBackup(b, before, pinnedKey);
                }
            }
        } finally {
            PostgresTools.execute(SOURCE_PORT, "postgres", "DROP DATABASE IF EXISTS " + source + " WITH (FORCE)");
        }
    }

    /**
     * Platform A's work before the backup: a centre seal, its sub-seal no. 1, a signature, a proxy case
     * with an applicant's personal data, and a checkpoint.
     */
    private static BeforeBackup issueSignAndCheckpoint(FelixRuntime a) throws Exception {
        SealRegistry registry = a.service(SealRegistry.class);
        AuditTrail trail = a.service(AuditTrail.class);
        Instant now = CLOCK.now();
        String centre = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", XINGLONG,
                "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now, now.plus(Duration.ofDays(365)), CLERK)).esId();
        issue(registry, centre);
        Seal sub = registry.requestSubSeal(new SubSealRequest(centre, "泸定县兴隆镇沙坝便民服务站", XINGLONG, CLERK));
        assertEquals(1, sub.number(), "the centre's first sub-seal");
        issue(registry, sub.esId());
        registry.confirm(sub.esId(), registry.proposeCustody(sub.esId(), CUSTODIAN, CLERK, null).id(), APPROVER);
        SealSignature signature = a.service(SealSigner.class).sign(sub.esId(), DOCUMENT, "泸兴审〔2026〕31号", CUSTODIAN);
        assertEquals(Indication.TOTAL_PASSED, verify(a, signature.der(), DOCUMENT).overall(), "A verifies its own");

        ProxyPoints points = a.service(ProxyPoints.class);
        points.registerPoint(new ProxyPoint("heping", "兴隆镇和平村便民服务室", PointKind.SERVICE_ROOM, HEPING), CENTRE);
        points.registerAgent(new Agent("zhang", "heping", "张华", AgentRole.CLERK), CENTRE);
        ProxyCase received = a.service(ProxyCases.class).receive(new NewCase("heping", "zhang",
                Applicant.of("刘秀英", APPLICANT_ID, "13812345678"), "LD-MZ-005", CLOCK.now(), Channel.WALK_IN,
                Set.of(), Set.of()), AGENT);

        Checkpoint checkpoint = trail.publishCheckpoint();
        return new BeforeBackup(centre, sub, signature, checkpoint, trail.checkpointNote(checkpoint.treeSize()),
                trail.checkpointPublicKey(), received.id());
    }

    private void goesOnFromTheBackup(FelixRuntime b, BeforeBackup before, Path pinnedKey) throws Exception {
        SealRegistry registry = b.service(SealRegistry.class);
        AuditTrail trail = b.service(AuditTrail.class);
        assertEquals(List.of(before.centre(), before.subSeal().esId()),
                registry.list(XINGLONG).stream().map(Seal::esId).toList(), "the restored registry holds A's seals");

        VerificationReport old = verify(b, before.signature().der(), DOCUMENT);
        assertEquals(Indication.TOTAL_PASSED, old.overall(), old::toString);
        assertEquals(CheckResult.PASSED, old.signatures().get(0).check(CheckId.SEAL_STATUS).orElseThrow().result(),
                "the restored registry knows the seal as active: " + old);
        assertEquals(SealState.ACTIVE, registry.list(XINGLONG).get(1).state());

        Seal second = registry.requestSubSeal(new SubSealRequest(before.centre(), "泸定县兴隆镇和平便民服务站", XINGLONG,
                CLERK));
        assertEquals(before.subSeal().number() + 1, second.number(), "numbering goes on after A's sub-seal");
        Instant now = CLOCK.now();
        String fresh = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", XINGLONG, "泸定县兴隆镇人民政府公章",
                "公章", now, now.plus(Duration.ofDays(365)), CLERK)).esId();
        for (String esId : List.of(second.esId(), fresh)) {
            assertFalse(esId.equals(before.centre()) || esId.equals(before.subSeal().esId()),
                    esId + " was issued by A before the backup");
        }

        SealSignature signed = b.service(SealSigner.class).sign(before.subSeal().esId(), DOCUMENT, "泸兴审〔2026〕32号",
                CUSTODIAN);
        VerificationReport renewed = verify(b, signed.der(), DOCUMENT);
        assertEquals(Indication.TOTAL_PASSED, renewed.overall(), renewed::toString);

        ProxyCases cases = b.service(ProxyCases.class);
        Applicant applicant = cases.applicant(before.proxyCase(), CENTRE, "备份恢复核对");
        assertEquals(APPLICANT_ID, applicant.idNumber().value(), "decrypted with the restored personal-data key");
        assertEquals("13812345678", applicant.phone().value());
        assertEquals(List.of(before.proxyCase()), cases.casesByIdNumber(IdCardNumber.of(APPLICANT_ID), CENTRE)
                .stream().map(ProxyCase::id).toList(), "found through the index keyed by the restored key");

        assertArrayEquals(before.auditKey(), trail.checkpointPublicKey(), "B signs with the restored audit key");
        assertEquals(before.checkpointNote(), trail.checkpointNote(before.checkpoint().treeSize()),
                "A's last checkpoint is in the restored database as A signed it");
        Checkpoint after = trail.publishCheckpoint();
        assertTrue(after.treeSize() > before.checkpoint().treeSize(), "B logged its steps after A's entries");
        Path export = dir.resolve("audit.jsonl");
        try (OutputStream out = Files.newOutputStream(export)) {
            trail.export(out);
        }
        Path proof = AuditVerifyJar.writeConsistencyProof(export.resolveSibling("consistency.json"),
                trail.consistencyProof(before.checkpoint().treeSize(), after.treeSize()));
        AuditVerifyJar.Result result = AuditVerifyJar.run(export.toString(), "--key", pinnedKey.toString(),
                "--proof", proof.toString());
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("PASSED  consistency-proof[" + before.checkpoint().treeSize() + "->"
                + after.treeSize() + "]"), result.output());
        assertTrue(result.output().contains("PASSED  checkpoint-signature[size=" + before.checkpoint().treeSize()
                + "]"), result.output());
        assertTrue(result.output().contains("PASSED  checkpoint-signature[size=" + after.treeSize() + "]"),
                result.output());
    }

    /** Approved by a second administrator, made and activated. */
    private static void issue(SealRegistry registry, String esId) {
        registry.approve(esId, APPROVER);
        registry.make(esId, APPROVER);
        registry.activate(esId, APPROVER);
    }

    private static VerificationReport verify(FelixRuntime felix, byte[] signature, byte[] document) throws Exception {
        SealVerifier verifier = felix.service(SealVerifier.class);
        return verifier.verifyDetached(signature, new ByteArrayInputStream(document), verifier.defaultPolicy());
    }

    /**
     * A platform on the PostgreSQL database at {@code jdbcUrl} with every key file in {@code keys}: the
     * configuration a deployment keeps (server.xml or the Felix {@code .cfg} files), the same for A and B
     * but for the database's address and the key directory.
     */
    private static FelixRuntime.Builder platform(String jdbcUrl, Path keys) {
        return FelixRuntime.builder(FelixRuntime.Mode.TYPED_API)
                .sharedDatabase(jdbcUrl, PostgresTools.USER, DRIVER)
                .clock(CLOCK)
                .keyStoresIn(keys)
                .configure("org.bianmin.seal.maker", Map.of("root.generate", Boolean.TRUE))
                .configure("org.bianmin.proxy.ledger", Map.of("personal.data.key.dir",
                        keys.resolve("proxy").toString(), "county.logins", new String[] {AGENT.id(), CENTRE.id()}));
    }

    private static boolean answers(int port) {
        try {
            PostgresTools.execute(port, "postgres", "SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Where the backup is restored: an empty database on the scratch server, or, where that server cannot
     * be made, on the 5432 server.
     */
    private record RestoreTarget(int port, String database, Optional<PostgresTools.ScratchServer> server)
            implements AutoCloseable {
        static RestoreTarget open() throws Exception {
            Optional<Path> bin = PostgresTools.serverBinaries();
            String database = PostgresTools.uniqueDatabaseName("bianmin_restored");
            if (bin.isPresent()) {
                try {
                    return new RestoreTarget(RESTORE_PORT, database,
                            Optional.of(PostgresTools.ScratchServer.start(bin.get(), RESTORE_PORT)));
                } catch (java.io.IOException | AssertionError e) {
                    System.out.println("BackupRestoreFelixIT: no scratch PostgreSQL server (" + e.getMessage()
                            + "); restoring into a new database at 127.0.0.1:" + SOURCE_PORT + " instead");
                }
            } else {
                System.out.println("BackupRestoreFelixIT: initdb not found; restoring into a new database at"
                        + " 127.0.0.1:" + SOURCE_PORT + " instead");
            }
            return new RestoreTarget(SOURCE_PORT, database, Optional.empty());
        }

        @Override
        public void close() throws Exception {
            if (server.isPresent()) {
                server.get().close();
            } else {
                PostgresTools.execute(SOURCE_PORT, "postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
