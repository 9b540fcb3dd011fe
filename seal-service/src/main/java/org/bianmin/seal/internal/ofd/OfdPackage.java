package org.bianmin.seal.internal.ofd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An OFD package (GB/T 33190-2016 §7.4, a zip) read into memory with the JDK's zip under
 * {@link OfdLimits}: bounded package size, entry count, entry size, total size and compression
 * ratio (zip bombs stop at the bound, never exhaust memory); entry names that are absolute, climb
 * above the root or repeat are refused (a repeated name would let a viewer show one file while a
 * verifier checks another). Nothing is written to disk.
 */
public final class OfdPackage {
    private final Map<String, byte[]> entries;
    private final long size;

    private OfdPackage(Map<String, byte[]> entries, long size) {
        this.entries = Collections.unmodifiableMap(entries);
        this.size = size;
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
        Set<String> listed = CentralDirectory.names(bytes);
        long totalAllowed = limits.totalAllowed(bytes.length);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Set<String> raw = new HashSet<>();
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entries.size() >= limits.maxEntries()) {
                    throw new OfdFormatException("the package has more than " + limits.maxEntries() + " entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                raw.add(entry.getName());
                String name = OfdPaths.entryName(entry.getName());
                if (entries.containsKey(name)) {
                    throw new OfdFormatException("zip entry '" + OfdPaths.printable(name)
                            + "' appears twice: the package is ambiguous");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(
                        (int) Math.min(Math.max(entry.getSize(), 256), 1 << 20));
                long entrySize = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    entrySize += n;
                    total += n;
                    if (entrySize > limits.maxEntryBytes()) {
                        throw new OfdFormatException("zip entry '" + OfdPaths.printable(name)
                                + "' inflates to more than " + limits.maxEntryBytes() + " bytes");
                    }
                    if (total > totalAllowed) {
                        throw new OfdFormatException("the package inflates to more than " + totalAllowed
                                + " bytes (a zip bomb, or beyond the limits): stopped at entry '"
                                + OfdPaths.printable(name) + "'");
                    }
                    out.write(buffer, 0, n);
                }
                entries.put(name, out.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new OfdFormatException("not a readable zip package: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new OfdFormatException("not an OFD package: the zip has no entries");
        }
        if (listed != null && !listed.equals(raw)) {
            throw new OfdFormatException("the zip's central directory and its entries disagree ("
                    + listed.size() + " listed, " + raw.size() + " present): the package is ambiguous or damaged");
        }
        return new OfdPackage(entries, bytes.length);
    }

    private static byte[] readBounded(InputStream in, long max) throws IOException, OfdFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                throw new OfdFormatException("the package is larger than " + max + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
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
        return size;
    }

    /** The number of files. */
    public int entryCount() {
        return entries.size();
    }
}
