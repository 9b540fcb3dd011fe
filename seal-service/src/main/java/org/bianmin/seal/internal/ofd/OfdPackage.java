package org.bianmin.seal.internal.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * An OFD package (GB/T 33190-2016 §7.4, a zip) read into memory the way viewers open it: through
 * its central directory ({@link ZipLayout}), with every local header, data descriptor, size and
 * CRC-32 required to agree with it and every byte of the file owned by exactly one structure, so
 * that what is hashed is what a viewer shows. Bounded by {@link OfdLimits}: package size, entry
 * count, entry size, total size and compression ratio, all checked from the directory before any
 * byte is inflated (zip bombs stop at the bound, never exhaust memory); entry names that are
 * absolute, climb above the root or repeat are refused (a repeated name would let a viewer show one
 * file while a verifier checks another). Nothing is written to disk.
 */
public final class OfdPackage {
    private final Map<String, byte[]> entries;
    private final Map<String, ZipLayout.Entry> layout;
    private final byte[] source;
    private final long uncompressedSize;

    private OfdPackage(Map<String, byte[]> entries, Map<String, ZipLayout.Entry> layout, byte[] source,
            long uncompressedSize) {
        this.entries = Collections.unmodifiableMap(entries);
        this.layout = Collections.unmodifiableMap(layout);
        this.source = source;
        this.uncompressedSize = uncompressedSize;
    }

    /** Reads the package from {@code in} (to the end; not closed). */
    public static OfdPackage read(InputStream in, OfdLimits limits) throws IOException, OfdFormatException {
        byte[] bytes = readBounded(in, limits.maxPackageBytes());
        return read(bytes, limits);
    }

    /** Reads a package held in memory. */
    public static OfdPackage read(byte[] bytes, OfdLimits limits) throws OfdFormatException {
        if (bytes.length > limits.maxPackageBytes()) {
            throw new OfdFormatException("the package is larger than " + limits.maxPackageBytes() + " bytes");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new OfdFormatException("not an OFD package: it does not start like a zip file");
        }
        long totalAllowed = limits.totalAllowed(bytes.length);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, ZipLayout.Entry> layout = new LinkedHashMap<>();
        long total = 0;
        Inflater inflater = new Inflater(true);
        try {
            for (ZipLayout.Entry entry : ZipLayout.read(bytes, limits.maxEntries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = OfdPaths.entryName(entry.name());
                if (entries.containsKey(name)) {
                    throw new OfdFormatException("zip entry '" + OfdPaths.printable(name)
                            + "' appears twice: the package is ambiguous");
                }
                if (entry.size() > limits.maxEntryBytes()) {
                    throw new OfdFormatException("zip entry '" + OfdPaths.printable(name)
                            + "' inflates to more than " + limits.maxEntryBytes() + " bytes");
                }
                total += entry.size();
                if (total > totalAllowed) {
                    throw new OfdFormatException("the package inflates to more than " + totalAllowed
                            + " bytes (a zip bomb, or beyond the limits): stopped at entry '"
                            + OfdPaths.printable(name) + "'");
                }
                entries.put(name, contents(bytes, entry, name, inflater));
                layout.put(name, entry);
            }
        } finally {
            inflater.end();
        }
        if (entries.isEmpty()) {
            throw new OfdFormatException("not an OFD package: the zip has no entries");
        }
        return new OfdPackage(entries, layout, bytes, total);
    }

    /**
     * The entry's bytes: exactly its declared size and CRC-32, or the package is refused. One
     * {@code inflater}, reset for each entry, serves the whole package.
     */
    private static byte[] contents(byte[] zip, ZipLayout.Entry entry, String name, Inflater inflater)
            throws OfdFormatException {
        int start = (int) entry.dataStart();
        int length = (int) entry.compressedSize();
        byte[] out;
        if (entry.method() == 0) {
            if (entry.size() != entry.compressedSize()) {
                throw new OfdFormatException("stored zip entry '" + OfdPaths.printable(name)
                        + "' declares different stored and full sizes");
            }
            out = Arrays.copyOfRange(zip, start, start + length);
        } else {
            out = new byte[(int) entry.size()];
            inflater.reset();
            try {
                inflater.setInput(zip, start, length);
                int filled = 0;
                while (filled < out.length && !inflater.finished()) {
                    int n = inflater.inflate(out, filled, out.length - filled);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    filled += n;
                }
                byte[] probe = new byte[1];
                if (filled != out.length || (!inflater.finished() && inflater.inflate(probe) > 0)) {
                    throw new OfdFormatException("zip entry '" + OfdPaths.printable(name)
                            + "' does not inflate to its declared " + entry.size() + " bytes");
                }
            } catch (DataFormatException e) {
                throw new OfdFormatException("zip entry '" + OfdPaths.printable(name) + "' is not valid deflate data: "
                        + e.getMessage(), e);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(out);
        if (crc.getValue() != entry.crc()) {
            throw new OfdFormatException("zip entry '" + OfdPaths.printable(name)
                    + "' does not match its CRC-32: the package is damaged or altered");
        }
        return out;
    }

    private static byte[] readBounded(InputStream in, long max) throws IOException, OfdFormatException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new OfdFormatException("the package is larger than " + max + " bytes");
        }
        return bytes;
    }

    /** The entry at a normalised path (no leading "/"), or null. */
    public byte[] entry(String path) {
        return entries.get(path);
    }

    /** Whether the package holds {@code path}. */
    public boolean contains(String path) {
        return entries.containsKey(path);
    }

    /** The package's size in bytes. */
    public long size() {
        return source.length;
    }

    /** The paths of the files, in the order of the package's central directory. */
    public java.util.Set<String> paths() {
        return entries.keySet();
    }

    /** Where the stored form of {@code path} lies in the package, for copying it unchanged. */
    ZipLayout.Entry stored(String path) {
        return layout.get(path);
    }

    /** The package's bytes, for copying stored entries (not to be changed). */
    byte[] source() {
        return source;
    }

    /** The bytes of all files, uncompressed. */
    public long uncompressedSize() {
        return uncompressedSize;
    }

    /** The number of files. */
    public int entryCount() {
        return entries.size();
    }
}
