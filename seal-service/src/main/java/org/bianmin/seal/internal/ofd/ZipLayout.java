package org.bianmin.seal.internal.ofd;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The structure of a zip file as a viewer opens it (PKWARE APPNOTE 6.3.10): the end of central
 * directory record (§4.3.16), the ZIP64 end record and its locator (§4.3.14, §4.3.15) when present,
 * the central directory (§4.3.12) with each entry's ZIP64 extra field (§4.5.3), and for every entry
 * its local header (§4.3.7) and data descriptor (§4.3.9), checked against the central directory.
 * Every byte of the file must belong to exactly one of these: a gap, an overlap, bytes before the
 * first entry or after the end record, or a local header that disagrees with its directory entry
 * makes the package ambiguous — a streaming reader and a viewer would see different files — and it
 * is refused.
 */
final class ZipLayout {
    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int DATA_DESCRIPTOR = 0x08074b50;
    static final int ZIP64_END = 0x06064b50;
    static final int ZIP64_LOCATOR = 0x07064b50;
    static final int END = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int FLAG_ENCRYPTED = 1;
    private static final int FLAG_DESCRIPTOR = 1 << 3;

    /**
     * One file of the package as the central directory lists it, with where its data lies.
     *
     * @param name           the raw entry name
     * @param method         0 stored, 8 deflated
     * @param crc            the CRC-32 of the uncompressed bytes
     * @param compressedSize bytes of data in the file
     * @param size           bytes once inflated
     * @param dataStart      where the data begins
     */
    record Entry(String name, int method, long crc, long compressedSize, long size, long dataStart) {
        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    private final byte[] zip;

    private ZipLayout(byte[] zip) {
        this.zip = zip;
    }

    /** The entries in central-directory order, after every agreement check. */
    static List<Entry> read(byte[] zip, int maxEntries) throws OfdFormatException {
        return new ZipLayout(zip).entries(maxEntries);
    }

    private List<Entry> entries(int maxEntries) throws OfdFormatException {
        int end = findEnd();
        int commentLength = u16(end + 20);
        if (end + END_SIZE + commentLength != zip.length) {
            throw ambiguous((zip.length - end - END_SIZE - commentLength) + " bytes follow the end of central directory");
        }
        if (u16(end + 4) != 0 || u16(end + 6) != 0) {
            throw new OfdFormatException("a multi-volume zip is not an OFD package");
        }
        long count = u16(end + 10);
        long directorySize = u32(end + 12);
        long directoryOffset = u32(end + 16);
        long directoryEnd = end;
        if (count == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
            int locator = end - ZIP64_LOCATOR_SIZE;
            if (locator < 0 || u32(locator) != ZIP64_LOCATOR) {
                throw ambiguous("the end record asks for ZIP64 but there is no ZIP64 locator before it");
            }
            long record = u64(locator + 8);
            if (record < 0 || record + 56 > locator || u32(at(record)) != ZIP64_END) {
                throw ambiguous("the ZIP64 locator points at no ZIP64 end record");
            }
            int zip64 = at(record);
            if (zip64 + 12 + u64(zip64 + 4) != locator) {
                throw ambiguous("bytes lie between the ZIP64 end record and its locator");
            }
            count = u64(zip64 + 32);
            directorySize = u64(zip64 + 40);
            directoryOffset = u64(zip64 + 48);
            directoryEnd = zip64;
        }
        if (count > maxEntries) {
            throw new OfdFormatException("the package has more than " + maxEntries + " entries");
        }
        if (directoryOffset < 0 || directorySize < 0 || directoryOffset + directorySize != directoryEnd) {
            throw ambiguous("the central directory (" + directorySize + " bytes at " + directoryOffset
                    + ") does not end where its end record begins (" + directoryEnd + ")");
        }
        List<Entry> entries = new ArrayList<>((int) count);
        List<long[]> spans = new ArrayList<>((int) count);
        int at = at(directoryOffset);
        for (int i = 0; i < count; i++) {
            if (at + 46 > directoryEnd || u32(at) != CENTRAL_HEADER) {
                throw ambiguous("central directory entry " + i + " at offset " + at + " is damaged");
            }
            int flags = u16(at + 8);
            int method = u16(at + 10);
            long crc = u32(at + 16);
            long compressed = u32(at + 20);
            long size = u32(at + 24);
            int nameLength = u16(at + 28);
            int extraLength = u16(at + 30);
            int commentLength2 = u16(at + 32);
            long localOffset = u32(at + 42);
            int next = at + 46 + nameLength + extraLength + commentLength2;
            if (next > directoryEnd) {
                throw ambiguous("central directory entry " + i + " runs past the directory");
            }
            byte[] rawName = Arrays.copyOfRange(zip, at + 46, at + 46 + nameLength);
            long[] zip64 = zip64Extra(at + 46 + nameLength, extraLength, size == 0xFFFFFFFFL,
                    compressed == 0xFFFFFFFFL, localOffset == 0xFFFFFFFFL, "central directory entry " + i);
            size = zip64[0] >= 0 ? zip64[0] : size;
            compressed = zip64[1] >= 0 ? zip64[1] : compressed;
            localOffset = zip64[2] >= 0 ? zip64[2] : localOffset;
            String name = new String(rawName, StandardCharsets.UTF_8);
            if ((flags & FLAG_ENCRYPTED) != 0) {
                throw new OfdFormatException("zip entry '" + OfdPaths.printable(name) + "' is encrypted");
            }
            if (method != 0 && method != 8) {
                throw new OfdFormatException("zip entry '" + OfdPaths.printable(name) + "' uses compression method "
                        + method + "; OFD packages store or deflate");
            }
            long dataStart = checkLocal(localOffset, rawName, flags, method, crc, compressed, size, name);
            long dataEnd = dataStart + compressed;
            if (dataEnd > directoryOffset) {
                throw ambiguous("the data of zip entry '" + OfdPaths.printable(name) + "' runs into the central directory");
            }
            long spanEnd = (flags & FLAG_DESCRIPTOR) != 0 ? checkDescriptor(dataEnd, crc, compressed, size, name,
                    zip64[0] >= 0 || zip64[1] >= 0) : dataEnd;
            spans.add(new long[] {localOffset, spanEnd});
            entries.add(new Entry(name, method, crc, compressed, size, dataStart));
            at = next;
        }
        if (at != directoryEnd) {
            throw ambiguous((directoryEnd - at) + " bytes of the central directory belong to no entry");
        }
        checkTiling(spans, directoryOffset);
        return entries;
    }

    /** The local header agrees with the directory; returns where the entry's data starts. */
    private long checkLocal(long offset, byte[] rawName, int flags, int method, long crc, long compressed, long size,
            String name) throws OfdFormatException {
        String what = "zip entry '" + OfdPaths.printable(name) + "'";
        if (offset < 0 || offset + 30 > zip.length || u32(at(offset)) != LOCAL_HEADER) {
            throw ambiguous(what + ": no local header at offset " + offset);
        }
        int local = at(offset);
        int nameLength = u16(local + 26);
        int extraLength = u16(local + 28);
        if (local + 30L + nameLength + extraLength > zip.length
                || !Arrays.equals(rawName, Arrays.copyOfRange(zip, local + 30, local + 30 + nameLength))) {
            throw ambiguous(what + ": its local header names another file");
        }
        if (u16(local + 6) != flags || u16(local + 8) != method) {
            throw ambiguous(what + ": its local header's flags or method differ from the central directory's");
        }
        if ((flags & FLAG_DESCRIPTOR) == 0) {
            long localCrc = u32(local + 14);
            long localCompressed = u32(local + 18);
            long localSize = u32(local + 22);
            long[] zip64 = zip64Extra(local + 30 + nameLength, extraLength, localSize == 0xFFFFFFFFL,
                    localCompressed == 0xFFFFFFFFL, false, what + " local header");
            localSize = zip64[0] >= 0 ? zip64[0] : localSize;
            localCompressed = zip64[1] >= 0 ? zip64[1] : localCompressed;
            if (localCrc != crc || localCompressed != compressed || localSize != size) {
                throw ambiguous(what + ": its local header's CRC or sizes differ from the central directory's");
            }
        }
        return local + 30L + nameLength + extraLength;
    }

    /** The data descriptor after the data agrees with the directory; returns where it ends. */
    private long checkDescriptor(long at, long crc, long compressed, long size, String name, boolean zip64)
            throws OfdFormatException {
        String what = "zip entry '" + OfdPaths.printable(name) + "'";
        int sizeBytes = zip64 ? 8 : 4;
        long pos = at;
        if (pos + 4 <= zip.length && u32(at(pos)) == DATA_DESCRIPTOR && u32(at(pos + 4)) != DATA_DESCRIPTOR) {
            pos += 4;
        }
        if (pos + 4 + 2L * sizeBytes > zip.length) {
            throw ambiguous(what + ": its data descriptor is missing");
        }
        long descriptorCrc = u32(at(pos));
        long descriptorCompressed = zip64 ? u64(at(pos + 4)) : u32(at(pos + 4));
        long descriptorSize = zip64 ? u64(at(pos + 4 + sizeBytes)) : u32(at(pos + 4 + sizeBytes));
        if (descriptorCrc != crc || descriptorCompressed != compressed || descriptorSize != size) {
            throw ambiguous(what + ": its data descriptor differs from the central directory");
        }
        return pos + 4 + 2L * sizeBytes;
    }

    /** Entries, then the directory, from byte 0 with no gap and no overlap. */
    private static void checkTiling(List<long[]> spans, long directoryOffset) throws OfdFormatException {
        spans.sort((a, b) -> Long.compare(a[0], b[0]));
        long expected = 0;
        for (long[] span : spans) {
            if (span[0] != expected) {
                throw ambiguous(span[0] > expected
                        ? "bytes " + expected + ".." + (span[0] - 1) + " belong to no entry of the central directory"
                        : "two entries share bytes from offset " + span[0]);
            }
            expected = span[1];
        }
        if (expected != directoryOffset) {
            throw ambiguous(expected < directoryOffset
                    ? "bytes " + expected + ".." + (directoryOffset - 1) + " belong to no entry of the central directory"
                    : "entry data overlaps the central directory");
        }
    }

    /** Sizes and offset from a ZIP64 extended information field, -1 where not given (§4.5.3). */
    private long[] zip64Extra(int from, int length, boolean wantSize, boolean wantCompressed, boolean wantOffset,
            String what) throws OfdFormatException {
        long[] values = {-1, -1, -1};
        if (!wantSize && !wantCompressed && !wantOffset) {
            return values;
        }
        int end = from + length;
        for (int at = from; at + 4 <= end; ) {
            int id = u16(at);
            int size = u16(at + 2);
            if (at + 4 + size > end) {
                break;
            }
            if (id == 0x0001) {
                int field = at + 4;
                int limit = field + size;
                if (wantSize && field + 8 <= limit) {
                    values[0] = u64(field);
                    field += 8;
                }
                if (wantCompressed && field + 8 <= limit) {
                    values[1] = u64(field);
                    field += 8;
                }
                if (wantOffset && field + 8 <= limit) {
                    values[2] = u64(field);
                }
                break;
            }
            at += 4 + size;
        }
        if ((wantSize && values[0] < 0) || (wantCompressed && values[1] < 0) || (wantOffset && values[2] < 0)) {
            throw ambiguous(what + " needs ZIP64 values that its extra field does not give");
        }
        return values;
    }

    private int findEnd() throws OfdFormatException {
        int lowest = Math.max(0, zip.length - END_SIZE - 0xFFFF);
        for (int i = zip.length - END_SIZE; i >= lowest; i--) {
            if (u32(i) == END && i + END_SIZE + u16(i + 20) == zip.length) {
                return i;
            }
        }
        for (int i = zip.length - END_SIZE; i >= lowest; i--) {
            if (u32(i) == END) {
                return i;
            }
        }
        throw new OfdFormatException("not a complete zip package: no end of central directory (truncated?)");
    }

    private int at(long offset) throws OfdFormatException {
        if (offset < 0 || offset > zip.length) {
            throw ambiguous("an offset (" + offset + ") lies outside the file");
        }
        return (int) offset;
    }

    private int u16(int i) {
        return i < 0 || i + 2 > zip.length ? -1 : (zip[i] & 0xFF) | (zip[i + 1] & 0xFF) << 8;
    }

    private long u32(int i) {
        if (i < 0 || i + 4 > zip.length) {
            return -1;
        }
        return ((zip[i] & 0xFF) | (zip[i + 1] & 0xFF) << 8 | (zip[i + 2] & 0xFF) << 16 | (long) (zip[i + 3] & 0xFF) << 24);
    }

    private long u64(int i) {
        if (i < 0 || i + 8 > zip.length) {
            return -1;
        }
        long low = u32(i);
        long high = u32(i + 4);
        return high > 0x7FFFFFFFL ? -1 : high << 32 | low;
    }

    private static OfdFormatException ambiguous(String problem) {
        return new OfdFormatException("the zip package is ambiguous or damaged: " + problem
                + " (a viewer and a streaming reader would not see the same files)");
    }
}
