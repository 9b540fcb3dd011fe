package org.bianmin.proxy.internal.crypto;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The owner-only rule for key files, as ssh applies it to private keys: a key file that its group
 * or others may read, write or execute is refused ({@link ErrorCode#KEY_FILE_UNPROTECTED}), since
 * whoever reads it reads every ID-card number of the ledger. On a file system without POSIX
 * permissions the rule cannot be checked; that is logged as a warning and the file is used.
 */
final class KeyFilePermissions {
    private static final System.Logger LOG = System.getLogger(KeyFilePermissions.class.getName());
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private KeyFilePermissions() {
    }

    /** Fails with {@code KEY_FILE_UNPROTECTED} when anyone but its owner has a permission on {@code file}. */
    static void requireOwnerOnly(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            LOG.log(Level.WARNING, "the file system of " + file + " has no POSIX permissions: cannot check that only"
                    + " its owner can read this personal-data key file; protect it with the file system's own rights");
            return;
        }
        Set<PosixFilePermission> granted = Files.getPosixFilePermissions(file);
        Set<PosixFilePermission> others = EnumSet.noneOf(PosixFilePermission.class);
        others.addAll(granted);
        others.removeAll(OWNER);
        if (!others.isEmpty()) {
            throw new BianminException(ErrorCode.KEY_FILE_UNPROTECTED, "the personal-data key file " + file
                    + " is accessible by its group or others (" + PosixFilePermissions.toString(granted)
                    + "); only its owner may read it. Run: chmod 600 " + file);
        }
    }

    /** Owner-only permissions for a new file ({@code rw-------}); none without POSIX permissions. */
    static FileAttribute<?>[] ownerOnlyFile(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    /** Owner-only permissions for a new directory ({@code rwx------}). */
    static FileAttribute<?>[] ownerOnlyDirectory(Path directory) {
        return posix(directory) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
