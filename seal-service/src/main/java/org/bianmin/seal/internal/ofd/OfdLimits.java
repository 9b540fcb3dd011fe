package org.bianmin.seal.internal.ofd;

/**
 * Bounds on the work one OFD package may ask for: zip bombs and oversize entries, and documents,
 * signatures and References whose hashing would cost far more than the package's size.
 *
 * @param maxPackageBytes the largest package accepted
 * @param maxEntries      the most entries accepted
 * @param maxEntryBytes   the largest uncompressed entry
 * @param maxTotalBytes   the most uncompressed bytes over all entries
 * @param maxRatio        uncompressed total at most this many times the package size (beyond 1 MiB)
 * @param maxDocuments    the most documents (OFD.xml DocBody entries)
 * @param maxSignatures   the most signatures over all documents
 * @param maxReferences   the most References of one signature
 * @param maxHashFactor   the bytes hashed at most this many times the package's uncompressed size
 *                        (each file is digested once per digest method and key, whatever the number
 *                        of References to it)
 */
public record OfdLimits(long maxPackageBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio,
        int maxDocuments, int maxSignatures, int maxReferences, int maxHashFactor) {
    /** 64 MiB package, 10,000 entries, 32 MiB per entry, 128 MiB in all, ratio 100, 16 documents,
     *  256 signatures, 10,000 References each, hashing at most 8 times the uncompressed size. */
    public static final OfdLimits DEFAULT = new OfdLimits(64L << 20, 10_000, 32L << 20, 128L << 20, 100,
            16, 256, 10_000, 8);

    /** The uncompressed total allowed for a package of {@code packageBytes}. */
    public long totalAllowed(long packageBytes) {
        return Math.min(maxTotalBytes, Math.max(1L << 20, packageBytes * maxRatio));
    }

    /** The bytes that may be hashed for a package whose files inflate to {@code uncompressedBytes}. */
    public long hashAllowed(long uncompressedBytes) {
        return Math.max(1L << 20, uncompressedBytes * maxHashFactor);
    }
}
