package org.bianmin.seal.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.testing.DatabaseFaults;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that turns read-only under the registry (a replica promoted the wrong way, a disk
 * gone read-only: PostgreSQL's own refusal, SQLSTATE 25006, on every connection the registry
 * takes): every write is refused whole with {@code STORAGE_FAILURE}, nothing of it is left, the
 * audit event included, and once the database is writable again the same operations succeed.
 */
class ReadOnlyDatabaseTest {
    private static final byte[] DOCUMENT = "兴隆镇 准予许可决定书".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void everyWriteIsRefusedWholeWhileTheDatabaseIsReadOnly() {
        AtomicBoolean readOnly = new AtomicBoolean();
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRESQL);
                RegistryFixture fixture = new RegistryFixture(dir, null,
                        DatabaseFaults.readOnlyWhile(database.dataSource(), readOnly::get))) {
            Seal active = fixture.activeSeal(fixture.xinglongRequest());
            Map<String, Long> before = fixture.rowCounts();

            readOnly.set(true);
            List<Function<RegistryFixture, Object>> writes = List.of(
                    f -> f.registry.request(f.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心")),
                    f -> f.registry.suspend(active.esId(), RegistryFixture.APPROVER, "印章遗失"),
                    f -> f.signer.sign(active.esId(), DOCUMENT, "泸兴审〔2026〕1号", RegistryFixture.CUSTODIAN));
            for (Function<RegistryFixture, Object> write : writes) {
                BianminException refused = assertThrows(BianminException.class, () -> write.apply(fixture));
                assertEquals(ErrorCode.STORAGE_FAILURE, refused.code(), refused.getMessage());
            }
            readOnly.set(false);

            assertEquals(before, fixture.rowCounts(), "nothing of the refused writes is in any table");
            fixture.signer.sign(active.esId(), DOCUMENT, "泸兴审〔2026〕1号", RegistryFixture.CUSTODIAN);
            assertEquals(before.get("seal_use") + 1, fixture.count("seal_use"), "writable again, it signs");
        }
    }
}
