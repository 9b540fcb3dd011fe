package org.bianmin.seal.internal.ofd;

/**
 * Bounds on an OFD package read into memory, against zip bombs and oversize entries.
 *
 * @param maxPackageBytes the largest package accepted
 * @param maxEntries      the most entries accepted
 * @param maxEntryBytes   the largest uncompressed entry
 * @param maxTotalBytes   the most uncompressed bytes over all entries
 * @param maxRatio        uncompressed total at most this many times the package size (beyond 1 MiB)
 */
public record OfdLimits(long maxPackageBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
    /** 64 MiB package, 10,000 entries, 32 MiB per entry, 128 MiB in all, ratio 100. */
    public static final OfdLimits DEFAULT = new OfdLimits(64L << 20, 10_000, 32L << 20, 128L << 20, 100);

    /** The uncompressed total allowed for a package of {@code packageBytes}. */
    public long totalAllowed(long packageBytes) {
        return Math.min(maxTotalBytes, Math.max(1L << 20, packageBytes * maxRatio));
    }
}
