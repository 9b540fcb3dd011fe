package org.bianmin.proxy.internal.crypto;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.persistence.MemoryOnlyKeys;
import org.bianmin.proxy.spi.PersonalDataKeys;

/**
 * The default {@link PersonalDataKeys} when a deployment registers none: a 48-byte file (16-byte
 * SM4 key, 32-byte search key) created with random bytes and owner-only permissions on first use.
 * A deployment with a key store registers its own {@link PersonalDataKeys} instead. Without a
 * configured file the keys are held in memory only, which is allowed beside an in-memory database
 * only ({@link MemoryOnlyKeys}).
 */
public final class KeyFile implements PersonalDataKeys {
    private static final int LENGTH = 48;
    private static final System.Logger LOG = System.getLogger(KeyFile.class.getName());

    private final byte[] keys;

    private KeyFile(byte[] keys) {
        this.keys = keys;
    }

    /**
     * The keys in the configured {@code file}, or when none is configured (empty) fresh keys held in
     * memory only; those are refused ({@link ErrorCode#CONFIGURATION_INVALID}) unless the database
     * at {@code databaseUrl} is in memory too, since the data encrypted with them would outlive them.
     *
     * @param pid the configuration PID that names the file, for the refusal's message
     */
    public static KeyFile configuredOrMemoryOnly(String file, String pid, String databaseUrl) {
        boolean configured = file != null && !file.isBlank();
        MemoryOnlyKeys.requireKeySourceOrMemoryDatabase("the personal-data keys (PID " + pid + ")",
                "personal.data.key.file for PID " + pid + ", or register a PersonalDataKeys service",
                configured, databaseUrl);
        if (configured) {
            return open(Path.of(file));
        }
        LOG.log(Level.WARNING, "no personal.data.key.file configured for " + pid + ": personal data is encrypted"
                + " with keys held in memory only, unreadable after a restart");
        byte[] fresh = new byte[LENGTH];
        new SecureRandom().nextBytes(fresh);
        return new KeyFile(fresh);
    }

    /** The keys in {@code file}, creating it when it does not exist. */
    public static KeyFile open(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] keys = Files.readAllBytes(file);
            if (keys.length != LENGTH) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the personal-data key file " + file
                        + " must hold " + LENGTH + " bytes, it holds " + keys.length);
            }
            return new KeyFile(keys);
        } catch (IOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "cannot read or create the personal-data key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] fresh = new byte[LENGTH];
        new SecureRandom().nextBytes(fresh);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.write(file, fresh);
        } catch (FileAlreadyExistsException raced) {
            // another node created it first: use theirs
        } finally {
            Arrays.fill(fresh, (byte) 0);
        }
    }

    @Override
    public byte[] encryptionKey() {
        return Arrays.copyOfRange(keys, 0, 16);
    }

    @Override
    public byte[] searchKey() {
        return Arrays.copyOfRange(keys, 16, LENGTH);
    }
}
