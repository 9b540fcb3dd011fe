package org.bianmin.seal.internal.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealState;
import org.bianmin.seal.internal.keys.FullDisk;
import org.bianmin.seal.internal.tsa.CountyTsaCertificate;
import org.bianmin.testing.DatabaseFaults;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the registry, the database's (PostgreSQL's SQLSTATE 53100, "could not extend
 * file", on a write or at commit) or the seal key store's ("No space left on device" while the
 * PKCS#12 file is written): each write is refused whole with a stable code and a message that says
 * so, no table changes, no key of a refused making is left, and once there is space again the same
 * operations succeed.
 */
class FullDiskTest {
    private static final byte[] DOCUMENT = "兴隆镇 准予许可决定书".getBytes(StandardCharsets.UTF_8);
    private static final DivisionCode YANZIGOU = DivisionCode.of("513322104");

    @TempDir
    Path dir;

    @Test
    void everyWriteIsRefusedWholeWhileTheDatabaseDiskIsFull() {
        AtomicBoolean full = new AtomicBoolean();
        try (TestDatabase database = TestDatabase.create();
                RegistryFixture fixture = new RegistryFixture(dir, null,
                        DatabaseFaults.diskFullWhile(database.dataSource(), full::get))) {
            Seal active = fixture.activeSeal(fixture.xinglongRequest());
            Seal approved = approved(fixture, RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心");
            Seal made = fixture.registry.make(approved(fixture, YANZIGOU, "泸定县燕子沟镇便民服务中心").esId(),
                    RegistryFixture.MAKER);
            Map<String, Long> before = fixture.rowCounts();

            full.set(true);
            DatabaseFaults.assertEachRefusedForFullDisk(List.of(
                    () -> fixture.registry.request(fixture.request(DivisionCode.of("513322105"), "泸定县德威镇便民服务中心")),
                    () -> fixture.registry.make(approved.esId(), RegistryFixture.MAKER),
                    () -> fixture.registry.activate(made.esId(), RegistryFixture.MAKER),
                    () -> fixture.signer.sign(active.esId(), DOCUMENT, "泸兴审〔2026〕1号", RegistryFixture.CUSTODIAN),
                    () -> fixture.registry.suspend(active.esId(), RegistryFixture.APPROVER, "印章遗失")));
            full.set(false);

            assertEquals(before, fixture.rowCounts(), "nothing of the refused writes is in any table");
            assertFalse(fixture.keys.contains(SealMaker.keyAlias(approved.esId())), "the refused making left its key");
            assertEquals(SealState.APPROVED, fixture.registry.get(approved.esId()).state());
            assertEquals(SealState.MADE, fixture.registry.make(approved.esId(), RegistryFixture.MAKER).state());
            assertEquals(SealState.ACTIVE, fixture.registry.activate(made.esId(), RegistryFixture.MAKER).state());
            fixture.signer.sign(active.esId(), DOCUMENT, "泸兴审〔2026〕1号", RegistryFixture.CUSTODIAN);
            assertEquals(before.get("seal_use") + 1, fixture.count("seal_use"), "with space again, it signs");
        }
    }

    @Test
    void aSealIsNotMadeWhileTheKeyStoreDiskIsFull() throws IOException {
        AtomicBoolean full = new AtomicBoolean();
        try (TestDatabase database = TestDatabase.create();
                RegistryFixture fixture = new RegistryFixture(dir, null, database.dataSource(),
                        file -> FullDisk.keyStore(file, RegistryFixture.KEY_STORE_PASSWORD.toCharArray(), full::get))) {
            Seal approved = approved(fixture, RegistryFixture.XINGLONG, "泸定县兴隆镇便民服务中心");
            String alias = SealMaker.keyAlias(approved.esId());
            Path file = fixture.keys.file();
            Map<String, Long> before = fixture.rowCounts();
            byte[] stored = Files.readAllBytes(file);

            full.set(true);
            BianminException refused = assertThrows(BianminException.class,
                    () -> fixture.registry.make(approved.esId(), RegistryFixture.MAKER));
            full.set(false);

            assertEquals(ErrorCode.SEAL_KEY_UNAVAILABLE, refused.code(), refused.getMessage());
            assertEquals("cannot write the seal key store " + file + ": " + FullDisk.NO_SPACE, refused.getMessage());
            assertEquals(SealState.APPROVED, fixture.registry.get(approved.esId()).state());
            assertEquals(before, fixture.rowCounts(), "no transition, no audit event");
            assertArrayEquals(stored, Files.readAllBytes(file), "the key store file is as it was");
            assertEquals(List.of(), temporaries(file), "the half-written temporary file is gone");
            assertFalse(fixture.keys.contains(alias), "the key that could not be stored is not held either");
            assertTrue(RegistryFixture.keyStore(file).contains(CountyTsaCertificate.ALIAS), "the file still opens");

            assertEquals(SealState.MADE, fixture.registry.make(approved.esId(), RegistryFixture.MAKER).state());
            assertTrue(RegistryFixture.keyStore(file).contains(alias), "with space again, the key is in the file");
        }
    }

    private static Seal approved(RegistryFixture fixture, DivisionCode division, String owner) {
        Seal seal = fixture.registry.request(fixture.request(division, owner));
        return fixture.registry.approve(seal.esId(), RegistryFixture.APPROVER);
    }

    private static List<Path> temporaries(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
