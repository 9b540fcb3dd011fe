package org.bianmin.seal.internal.ofd;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names in a zip's central directory (PKWARE APPNOTE §4.3.12, §4.3.16), read directly from
 * the bytes. Viewers open a package through its central directory while a streaming reader sees
 * the local headers: if the two disagree (or the directory is missing, as in a truncated file)
 * the package is ambiguous and is refused.
 */
final class CentralDirectory {
    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int EOCD_SIZE = 22;

    private CentralDirectory() {
    }

    /**
     * The file names listed (directories excluded), or null for a ZIP64 package (not cross-checked).
     *
     * @throws OfdFormatException when there is no readable central directory
     */
    static Set<String> names(byte[] zip) throws OfdFormatException {
        int eocd = -1;
        int lowest = Math.max(0, zip.length - EOCD_SIZE - 0xFFFF);
        for (int i = zip.length - EOCD_SIZE; i >= lowest; i--) {
            if (int32(zip, i) == EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new OfdFormatException("not a complete zip package: no end of central directory (truncated?)");
        }
        int entries = int16(zip, eocd + 10);
        long size = int32(zip, eocd + 12) & 0xFFFFFFFFL;
        long offset = int32(zip, eocd + 16) & 0xFFFFFFFFL;
        if (entries == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
            return null;
        }
        if (offset + size > eocd) {
            throw new OfdFormatException("not a complete zip package: the central directory lies outside the file");
        }
        Set<String> names = new LinkedHashSet<>();
        int at = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (at + 46 > eocd || int32(zip, at) != CENTRAL_HEADER) {
                throw new OfdFormatException("not a complete zip package: central directory entry " + i
                        + " is damaged");
            }
            int nameLength = int16(zip, at + 28);
            int extra = int16(zip, at + 30);
            int comment = int16(zip, at + 32);
            if (at + 46 + nameLength > eocd) {
                throw new OfdFormatException("not a complete zip package: central directory entry " + i
                        + " is damaged");
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if (!name.endsWith("/")) {
                names.add(name);
            }
            at += 46 + nameLength + extra + comment;
        }
        return names;
    }

    private static int int16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int i) {
        if (i < 0 || i + 4 > b.length) {
            return 0;
        }
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }
}
