package org.bianmin.proxy.internal.crypto;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.persistence.MemoryOnlyKeys;
import org.bianmin.proxy.spi.PersonalDataKey;
import org.bianmin.proxy.spi.PersonalDataKeyring;

/**
 * The default {@link PersonalDataKeyring} when a deployment registers none: key files of 48 bytes
 * each (16-byte SM4 key, 32-byte search key). A key directory holds one file per key id,
 * {@code <id>.key}; the file of the current id is created with random bytes when it is missing,
 * which is how a rotation starts, unless the ledger holds rows encrypted under that id: then the key
 * was lost (a restore without its key files) and is refused, since a new key would leave those rows
 * unreadable. A single key file of the time before key ids (configured as
 * {@code personal.data.key.file}) holds the key of the legacy id. Every key file must be readable by
 * its owner only ({@link KeyFilePermissions}); files are created so. Keys in the directory of a file
 * database are logged as a warning ({@link KeysBesideData}). Without a configured directory
 * or file the key is held in memory only, which is allowed beside an in-memory database only
 * ({@link MemoryOnlyKeys}).
 */
public final class KeyFile implements PersonalDataKeyring {
    private static final int LENGTH = 48;
    private static final String SUFFIX = ".key";
    private static final System.Logger LOG = System.getLogger(KeyFile.class.getName());

    private final String currentKeyId;
    private final Map<String, byte[]> keys;
    private final String where;

    private KeyFile(String currentKeyId, Map<String, byte[]> keys, String where) {
        this.currentKeyId = currentKeyId;
        this.keys = keys;
        this.where = where;
    }

    /**
     * Where the key files are, and which key is current.
     *
     * @param directory    the key directory, or empty
     * @param file         the single key file of the legacy id, or empty
     * @param currentKeyId the id new values are written under
     * @param legacyKeyId  the id of rows written before keys had ids, which the single file holds
     */
    public record Settings(String directory, String file, String currentKeyId, String legacyKeyId) {
        public Settings {
            PersonalDataKey.requireId(currentKeyId);
            PersonalDataKey.requireId(legacyKeyId);
        }

        boolean configured() {
            return directory != null && !directory.isBlank() || file != null && !file.isBlank();
        }
    }

    /**
     * The keys in the configured key files, or when none are configured a fresh key held in memory
     * only; that is refused ({@link ErrorCode#CONFIGURATION_INVALID}) unless the database at
     * {@code databaseUrl} is in memory too, since the data encrypted with it would outlive it.
     *
     * @param pid the configuration PID that names the files, for the refusal's message
     */
    public static KeyFile configuredOrMemoryOnly(Settings settings, String pid, String databaseUrl) {
        return configuredOrMemoryOnly(settings, pid, databaseUrl, keyId -> false);
    }

    /**
     * The same, refusing ({@link ErrorCode#PERSONAL_DATA_KEY_UNKNOWN}) to create the file of a key id
     * under which {@code inUse} says rows are encrypted.
     */
    public static KeyFile configuredOrMemoryOnly(Settings settings, String pid, String databaseUrl,
            Predicate<String> inUse) {
        MemoryOnlyKeys.requireKeySourceOrMemoryDatabase("the personal-data keys (PID " + pid + ")",
                "personal.data.key.dir or personal.data.key.file for PID " + pid
                        + ", or register a PersonalDataKeyring service",
                settings.configured(), databaseUrl);
        if (settings.configured()) {
            Path directory = blank(settings.directory()) ? null : Path.of(settings.directory());
            Path file = blank(settings.file()) ? null : Path.of(settings.file());
            KeyFile keys = open(directory, file, settings.currentKeyId(), settings.legacyKeyId(), inUse);
            for (Path location : new Path[] {directory, file}) {
                if (location != null) {
                    KeysBesideData.warnIfInside(location, databaseUrl);
                }
            }
            return keys;
        }
        LOG.log(Level.WARNING, "no personal.data.key.dir configured for " + pid + ": personal data is encrypted"
                + " with a key held in memory only, unreadable after a restart");
        return new KeyFile(settings.currentKeyId(), Map.of(settings.currentKeyId(), random()), "memory");
    }

    /**
     * The keys in {@code directory} ({@code <id>.key} each) and in the single {@code legacyFile} (the
     * key of {@code legacyKeyId}), either may be null; the file of {@code currentKeyId} is created in
     * the directory when no key of that id exists, the legacy file when it does not exist.
     */
    public static KeyFile open(Path directory, Path legacyFile, String currentKeyId, String legacyKeyId) {
        return open(directory, legacyFile, currentKeyId, legacyKeyId, keyId -> false);
    }

    /** The same, refusing to create the file of a key id under which {@code inUse} says rows are encrypted. */
    public static KeyFile open(Path directory, Path legacyFile, String currentKeyId, String legacyKeyId,
            Predicate<String> inUse) {
        Map<String, byte[]> keys = new TreeMap<>();
        if (legacyFile != null) {
            keys.put(legacyKeyId, readOrCreate(legacyFile, legacyKeyId, inUse));
        }
        if (directory != null) {
            for (Map.Entry<String, Path> file : keyFiles(directory).entrySet()) {
                if (keys.containsKey(file.getKey())) {
                    throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "two keys have the id "
                            + file.getKey() + ": " + file.getValue() + " and the key file " + legacyFile
                            + "; remove one (or set personal.data.legacy.key.id to another id)");
                }
                keys.put(file.getKey(), read(file.getValue()));
            }
            if (!keys.containsKey(currentKeyId)) {
                keys.put(currentKeyId, readOrCreate(directory.resolve(currentKeyId + SUFFIX), currentKeyId, inUse));
            }
        } else if (!keys.containsKey(currentKeyId)) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the personal-data key id " + currentKeyId
                    + " has no key: the key file " + legacyFile + " holds the key " + legacyKeyId
                    + " only; configure personal.data.key.dir to hold the keys of other ids");
        }
        return new KeyFile(currentKeyId, keys, directory != null ? directory.toString() : String.valueOf(legacyFile));
    }

    @Override
    public String currentKeyId() {
        return currentKeyId;
    }

    @Override
    public PersonalDataKey key(String keyId) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new BianminException(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, "no personal-data key has the id " + keyId
                    + " in " + where + " (it holds " + String.join(", ", keys.keySet()) + "): restore " + keyId + SUFFIX
                    + "; a key is needed until proxy:rekey has re-encrypted every row written under it");
        }
        return new PersonalDataKey(keyId, Arrays.copyOfRange(key, 0, 16), Arrays.copyOfRange(key, 16, LENGTH));
    }

    private static Map<String, Path> keyFiles(Path directory) {
        Map<String, Path> files = new TreeMap<>();
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, KeyFilePermissions.ownerOnlyDirectory(directory));
            }
            try (DirectoryStream<Path> listed = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
                for (Path file : listed) {
                    String name = file.getFileName().toString();
                    files.put(idOf(name.substring(0, name.length() - SUFFIX.length()), file), file);
                }
            }
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "cannot read or create the personal-data key directory " + directory + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static String idOf(String name, Path file) {
        try {
            return PersonalDataKey.requireId(name);
        } catch (BianminException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the key file " + file
                    + " is not named <key id>.key: " + e.getMessage(), e);
        }
    }

    private static byte[] readOrCreate(Path file, String keyId, Predicate<String> inUse) {
        try {
            if (!Files.exists(file)) {
                if (inUse.test(keyId)) {
                    throw new BianminException(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, "the personal-data key file "
                            + file + " of key id " + keyId + " is missing, but the ledger holds cases encrypted under"
                            + " it: restore it from the backup taken with the database (README, \"Backup and"
                            + " restore\"); a new key would leave them unreadable");
                }
                create(file);
            }
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "cannot create the personal-data key file " + file + ": " + e.getMessage(), e);
        }
        return read(file);
    }

    private static byte[] read(Path file) {
        try {
            KeyFilePermissions.requireOwnerOnly(file);
            byte[] key = Files.readAllBytes(file);
            if (key.length != LENGTH) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the personal-data key file " + file
                        + " must hold " + LENGTH + " bytes, it holds " + key.length);
            }
            return key;
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "cannot read the personal-data key file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the key file whole or not at all: the key is written to a temporary file beside it,
     * which is then linked under the key file's name, an atomic step that fails when the name exists.
     * So a node that starts at the same moment (README, "Several servers on one database") either
     * finds no file or the whole key, never an empty file, and the first node's key is everyone's.
     */
    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, KeyFilePermissions.ownerOnlyDirectory(parent));
        }
        byte[] fresh = random();
        Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp",
                KeyFilePermissions.ownerOnlyFile(file));
        try {
            Files.write(temporary, fresh);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // another node created it first: use theirs
        } finally {
            Files.deleteIfExists(temporary);
            Arrays.fill(fresh, (byte) 0);
        }
    }

    private static byte[] random() {
        byte[] fresh = new byte[LENGTH];
        new SecureRandom().nextBytes(fresh);
        return fresh;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
