package org.bianmin.proxy.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.spi.PersonalDataKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The personal-data key files: a directory of {@code <id>.key} files and the single file of the
 * legacy id, owner-only, or a key in memory only beside an in-memory database only.
 */
class KeyFileTest {
    private static final String PID = "org.bianmin.proxy.ledger";
    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    Path dir;

    @Test
    void withoutKeyFilesBesideAPersistentDatabaseTheKeysAreRefused() {
        BianminException refused = assertThrows(BianminException.class,
                () -> KeyFile.configuredOrMemoryOnly(settings("", "", "1"), PID, POSTGRESQL));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("personal.data.key.dir or personal.data.key.file for PID " + PID),
                refused.getMessage());
    }

    @Test
    void withoutKeyFilesBesideAnInMemoryDatabaseTheKeyLivesInMemoryAndDiffersEachTime() {
        KeyFile first = KeyFile.configuredOrMemoryOnly(settings("", "", "k1"), PID, "jdbc:h2:mem:proxy");
        KeyFile second = KeyFile.configuredOrMemoryOnly(settings("", "", "k1"), PID, "jdbc:derby:memory:bianmin");
        assertEquals("k1", first.currentKeyId());
        assertEquals(16, first.key("k1").encryptionKey().length);
        assertEquals(32, first.key("k1").searchKey().length);
        assertFalse(Arrays.equals(first.key("k1").encryptionKey(), second.key("k1").encryptionKey()));
    }

    @Test
    void theCurrentKeyIsCreatedOwnerOnlyInTheKeyDirectoryAndReadAgainAfterARestart() throws Exception {
        Path keys = dir.resolve("keys/proxy");
        KeyFile created = KeyFile.configuredOrMemoryOnly(settings(keys.toString(), "", "2024-1"), PID, POSTGRESQL);
        KeyFile reopened = KeyFile.open(keys, null, "2024-1", "1");

        Path file = keys.resolve("2024-1.key");
        assertEquals(48, Files.size(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
        assertEquals(created.key("2024-1"), reopened.key("2024-1"));
    }

    @Test
    void aRotationAddsTheNewKeyBesideTheOldOnesAndEveryIdStaysReadable() {
        KeyFile before = KeyFile.open(dir, null, "a", "a");
        KeyFile after = KeyFile.open(dir, null, "b", "a");

        assertEquals("b", after.currentKeyId());
        assertEquals(before.key("a"), after.key("a"));
        assertFalse(Arrays.equals(after.key("a").encryptionKey(), after.key("b").encryptionKey()));
        assertFalse(Arrays.equals(after.key("a").searchKey(), after.key("b").searchKey()));
    }

    @Test
    void theSingleKeyFileHoldsTheLegacyIdBesideTheDirectory() {
        Path single = dir.resolve("proxy-personal-data.key");
        KeyFile old = KeyFile.open(null, single, "1", "1");
        KeyFile both = KeyFile.open(dir.resolve("keys"), single, "2", "1");

        assertEquals(old.key("1"), both.key("1"));
        assertEquals("2", both.currentKeyId());
        assertTrue(Files.exists(dir.resolve("keys/2.key")));
    }

    @Test
    void aSingleKeyFileCannotHoldAnotherCurrentId() {
        BianminException refused = assertThrows(BianminException.class,
                () -> KeyFile.open(null, dir.resolve("proxy.key"), "2", "1"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("configure personal.data.key.dir"), refused.getMessage());
    }

    @Test
    void anUnknownKeyIdIsRefusedNamingTheKeysThereAre() {
        KeyFile keys = KeyFile.open(dir, null, "b", "a");

        BianminException refused = assertThrows(BianminException.class, () -> keys.key("a"));
        assertEquals(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, refused.code());
        assertTrue(refused.getMessage().contains("no personal-data key has the id a in " + dir + " (it holds b)"),
                refused.getMessage());
    }

    @Test
    void aKeyFileOthersCanReadIsRefusedAsSshDoes() throws Exception {
        KeyFile.open(dir, null, "a", "a");
        Path file = dir.resolve("a.key");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        BianminException refused = assertThrows(BianminException.class, () -> KeyFile.open(dir, null, "a", "a"));
        assertEquals(ErrorCode.KEY_FILE_UNPROTECTED, refused.code());
        assertEquals("the personal-data key file " + file + " is accessible by its group or others (rw-r--r--);"
                + " only its owner may read it. Run: chmod 600 " + file, refused.getMessage());
    }

    @Test
    void aKeyFileItsGroupCanWriteIsRefusedToo() throws Exception {
        Path single = dir.resolve("proxy.key");
        KeyFile.open(null, single, "1", "1");
        Files.setPosixFilePermissions(single, PosixFilePermissions.fromString("rw--w----"));

        assertEquals(ErrorCode.KEY_FILE_UNPROTECTED,
                assertThrows(BianminException.class, () -> KeyFile.open(null, single, "1", "1")).code());
    }

    @Test
    void aKeyFileOfTheWrongLengthIsRefused() throws Exception {
        KeyFile.open(dir, null, "a", "a");
        Files.write(dir.resolve("a.key"), new byte[10]);

        BianminException refused = assertThrows(BianminException.class, () -> KeyFile.open(dir, null, "a", "a"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("must hold 48 bytes, it holds 10"), refused.getMessage());
    }

    @Test
    void aKeyFileWhoseNameIsNoKeyIdIsRefused() throws Exception {
        Files.write(dir.resolve("-old.key"), new byte[48]);

        BianminException refused = assertThrows(BianminException.class, () -> KeyFile.open(dir, null, "a", "a"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("is not named <key id>.key"), refused.getMessage());
    }

    @Test
    void theSameIdInTheDirectoryAndTheSingleFileIsRefused() {
        Path single = dir.resolve("single/proxy.key");
        KeyFile.open(null, single, "1", "1");
        KeyFile.open(dir.resolve("keys"), null, "1", "1");

        BianminException refused = assertThrows(BianminException.class,
                () -> KeyFile.open(dir.resolve("keys"), single, "1", "1"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("two keys have the id 1"), refused.getMessage());
    }

    @Test
    void aKeyIdMustBeAPlainName() {
        for (String id : new String[] {"", "../etc", "a/b", ".hidden", "x".repeat(33)}) {
            assertEquals(ErrorCode.CONFIGURATION_INVALID,
                    assertThrows(BianminException.class, () -> PersonalDataKey.requireId(id)).code(), id);
        }
        assertEquals("2024-01_b.2", PersonalDataKey.requireId("2024-01_b.2"));
    }

    @Test
    void theDataDirectoryOfAFileDatabaseIsKnownSoKeysInsideItAreWarnedAbout() {
        Path here = Path.of("").toAbsolutePath();
        assertEquals(Optional.of(here.resolve("bianmin-data")), KeysBesideData.dataDirectory("jdbc:h2:./bianmin-data/bianmin"));
        assertEquals(Optional.of(Path.of("/var/lib/bianmin")),
                KeysBesideData.dataDirectory("jdbc:h2:file:/var/lib/bianmin/db;AUTO_SERVER=TRUE"));
        assertEquals(Optional.of(Path.of("/var/lib/derby")), KeysBesideData.dataDirectory("jdbc:derby:/var/lib/derby/bianmin"));
        assertEquals(Optional.of(Path.of("/srv")), KeysBesideData.dataDirectory("jdbc:derby:directory:/srv/db;create=true"));
        for (String url : new String[] {"jdbc:h2:mem:proxy", "jdbc:h2:tcp://db/~/bianmin", "jdbc:derby:memory:bianmin",
                "jdbc:derby://db:1527/bianmin", POSTGRESQL, "jdbc:mariadb://127.0.0.1:3306/test"}) {
            assertEquals(Optional.empty(), KeysBesideData.dataDirectory(url), url);
        }
    }

    private static KeyFile.Settings settings(String directory, String file, String current) {
        return new KeyFile.Settings(directory, file, current, "1");
    }
}
