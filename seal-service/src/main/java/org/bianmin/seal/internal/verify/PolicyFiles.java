package org.bianmin.seal.internal.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.cli.TrustFiles;

/**
 * What a deployment's verifier reads from files on top of its default policy (GB/T 38540 §7.3 chain
 * checks, RFC 5280 §6.3 revocation): trust anchors and seal-maker certificates of other counties and
 * provinces, and the certificate revocation lists of their CAs, each a file or a directory read as
 * {@link TrustFiles} reads them. Lists are replaced where they lie (a daily download, a copy from
 * removable media), so the files are looked at again at most every {@link #RECHECK} and read again
 * when a file's size or modification time changed or a file came or went. A file that cannot be
 * read at the start is a configuration error; one that breaks later leaves the last lists read in
 * use, with a warning: a list past its nextUpdate then makes revocation INDETERMINATE (TRY_LATER)
 * as the policy says, rather than the verifier stopping.
 */
final class PolicyFiles {
    /** How often the files are looked at for changes. */
    static final Duration RECHECK = Duration.ofSeconds(10);

    private static final System.Logger LOG = System.getLogger(PolicyFiles.class.getName());

    private final List<Path> trustAnchors;
    private final List<Path> sealMakers;
    private final List<Path> revocationLists;
    private final TimeSource clock;
    private Read read;

    /**
     * Reads the files; fails with {@code CONFIGURATION_INVALID} naming the file that cannot be read.
     *
     * @param trustAnchors    certificate files or directories of trust anchors
     * @param sealMakers      certificate files or directories of seal makers
     * @param revocationLists CRL files or directories
     */
    PolicyFiles(List<Path> trustAnchors, List<Path> sealMakers, List<Path> revocationLists, TimeSource clock) {
        this.trustAnchors = List.copyOf(trustAnchors);
        this.sealMakers = List.copyOf(sealMakers);
        this.revocationLists = List.copyOf(revocationLists);
        this.clock = clock;
        try {
            this.read = read(stamps(), clock.now());
        } catch (IOException | UncheckedIOException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the verifier's files: " + e.getMessage(), e);
        }
    }

    /** {@code policy} with the anchors, seal makers and lists the files hold now. */
    ValidationPolicy applyTo(ValidationPolicy policy) {
        Read current = current();
        return policy.withTrustAnchors(current.trustAnchors()).withSealMakers(current.sealMakers())
                .withRevocationLists(current.revocationLists());
    }

    private synchronized Read current() {
        Instant now = clock.now();
        if (now.isBefore(read.checkedAt().plus(RECHECK))) {
            return read;
        }
        try {
            List<Stamp> stamps = stamps();
            read = stamps.equals(read.stamps()) ? read.checked(now) : read(stamps, now);
        } catch (IOException | UncheckedIOException | BianminException e) {
            LOG.log(Level.WARNING, "the verifier's files cannot be read again (" + e.getMessage() + "): the lists and"
                    + " certificates read before stay in use");
            read = read.checked(now);
        }
        return read;
    }

    private Read read(List<Stamp> stamps, Instant now) throws IOException {
        return new Read(TrustFiles.readAll(trustAnchors, "trust anchor"),
                TrustFiles.readAll(sealMakers, "seal maker certificate"),
                TrustFiles.readRevocationLists(revocationLists), stamps, now);
    }

    /** The size and modification time of every file the paths name, in order. */
    private List<Stamp> stamps() throws IOException {
        List<Stamp> stamps = new ArrayList<>();
        for (Path path : Stream.of(trustAnchors, sealMakers, revocationLists).flatMap(List::stream).toList()) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.sorted().toList()) {
                        stamps.add(stamp(file));
                    }
                }
            } else {
                stamps.add(stamp(path));
            }
        }
        return stamps;
    }

    private static Stamp stamp(Path file) throws IOException {
        return new Stamp(file.toString(), Files.size(file), Files.getLastModifiedTime(file));
    }

    private record Stamp(String file, long size, FileTime modified) {
    }

    private record Read(List<byte[]> trustAnchors, List<byte[]> sealMakers, List<byte[]> revocationLists,
            List<Stamp> stamps, Instant checkedAt) {
        Read checked(Instant now) {
            return new Read(trustAnchors, sealMakers, revocationLists, stamps, now);
        }
    }
}
