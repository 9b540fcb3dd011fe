package org.bianmin.proxy.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The personal-data keys: a configured file, or memory-only keys beside an in-memory database only. */
class KeyFileTest {
    private static final String PID = "org.bianmin.proxy.ledger";

    @TempDir
    Path dir;

    @Test
    void withoutAKeyFileBesideAPersistentDatabaseTheKeysAreRefused() {
        BianminException refused = assertThrows(BianminException.class,
                () -> KeyFile.configuredOrMemoryOnly("", PID, "jdbc:postgresql://127.0.0.1:5432/test"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("personal.data.key.file for PID org.bianmin.proxy.ledger"),
                refused.getMessage());
    }

    @Test
    void withoutAKeyFileBesideAnInMemoryDatabaseTheKeysLiveInMemoryAndDifferEachTime() {
        KeyFile first = KeyFile.configuredOrMemoryOnly("", PID, "jdbc:h2:mem:proxy");
        KeyFile second = KeyFile.configuredOrMemoryOnly("", PID, "jdbc:derby:memory:bianmin");
        assertEquals(16, first.encryptionKey().length);
        assertEquals(32, first.searchKey().length);
        assertFalse(java.util.Arrays.equals(first.encryptionKey(), second.encryptionKey()));
    }

    @Test
    void aConfiguredKeyFileIsUsedBesideAPersistentDatabase() {
        Path file = dir.resolve("proxy.key");
        KeyFile keys = KeyFile.configuredOrMemoryOnly(file.toString(), PID, "jdbc:postgresql://127.0.0.1:5432/test");
        assertTrue(Files.exists(file));
        assertArrayEquals(keys.encryptionKey(), KeyFile.open(file).encryptionKey());
    }
}
