package org.bianmin.proxy.internal.crypto;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.spi.PersonalDataKeys;

/**
 * The default {@link PersonalDataKeys} when a deployment registers none: a 48-byte file (16-byte
 * SM4 key, 32-byte search key) created with random bytes and owner-only permissions on first use.
 * A deployment with a key store registers its own {@link PersonalDataKeys} instead.
 */
public final class KeyFile implements PersonalDataKeys {
    private static final int LENGTH = 48;

    private final byte[] keys;

    private KeyFile(byte[] keys) {
        this.keys = keys;
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
