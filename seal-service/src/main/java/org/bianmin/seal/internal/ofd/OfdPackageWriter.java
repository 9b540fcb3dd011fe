package org.bianmin.seal.internal.ofd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes an OFD package (GB/T 33190-2016 §7.4, a zip) from a package that was read and the files a
 * signature changes or adds: every other file keeps its stored bytes (its compressed data is copied,
 * not recompressed), changed files take their old place, new files come last; every new or changed
 * file is stored, not deflated, and dated with the sealing time. Directory entries, which hold no
 * file, are not written. The result is a plain zip (PKWARE APPNOTE 6.3.10 §4.3): local headers that
 * carry the sizes and CRC-32 (no data descriptors), names in UTF-8 (flag bit 11), one central
 * directory, no gaps — so that a streaming reader and a viewer reading the directory see the same
 * files ({@link ZipLayout}).
 */
public final class OfdPackageWriter {
    private static final int FLAG_UTF8 = 1 << 11;
    private static final int VERSION = 20;
    private static final int STORED = 0;

    private final OfdPackage original;
    private final Map<String, byte[]> changed = new LinkedHashMap<>();
    private final int dosTime;
    private final int dosDate;

    /** @param modified the time written as every new or changed file's modification time (UTC) */
    public OfdPackageWriter(OfdPackage original, java.time.Instant modified) {
        this.original = original;
        LocalDateTime t = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
        this.dosTime = (t.getHour() << 11) | (t.getMinute() << 5) | (t.getSecond() / 2);
        this.dosDate = (Math.max(0, t.getYear() - 1980) << 9) | (t.getMonthValue() << 5) | t.getDayOfMonth();
    }

    /** Replaces the file at {@code path}, or adds it when the package has none. */
    public OfdPackageWriter put(String path, byte[] contents) {
        changed.put(path, contents);
        return this;
    }

    /** The new package. */
    public byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8,
                original.size() + 64 * 1024));
        List<byte[]> directory = new ArrayList<>();
        for (String path : original.paths()) {
            byte[] replacement = changed.get(path);
            directory.add(replacement == null ? copy(out, path) : add(out, path, replacement));
        }
        for (Map.Entry<String, byte[]> added : changed.entrySet()) {
            if (!original.contains(added.getKey())) {
                directory.add(add(out, added.getKey(), added.getValue()));
            }
        }
        int directoryStart = out.size();
        directory.forEach(out::writeBytes);
        int directoryLength = out.size() - directoryStart;
        Bytes end = new Bytes(22).u32(ZipLayout.END).u16(0).u16(0).u16(directory.size()).u16(directory.size())
                .u32(directoryLength).u32(directoryStart).u16(0);
        out.writeBytes(end.bytes());
        return out.toByteArray();
    }

    private byte[] copy(ByteArrayOutputStream out, String path) {
        ZipLayout.Entry stored = original.stored(path);
        Header header = new Header(path, stored.method(), dosTime, dosDate, stored.crc(),
                stored.compressedSize(), stored.size());
        return header.write(out, original.source(), (int) stored.dataStart(), (int) stored.compressedSize());
    }

    /**
     * A new or changed file, stored (method 0, §4.4.5). The files a signature writes are the seal and
     * the signature value, DER around a PNG that does not compress, and a few KB of XML: deflating
     * that XML, even at the fastest level, costs a third of an SM2 signature to save about 3 KB.
     */
    private byte[] add(ByteArrayOutputStream out, String path, byte[] contents) {
        CRC32 crc = new CRC32();
        crc.update(contents);
        Header header = new Header(path, STORED, dosTime, dosDate, crc.getValue(), contents.length,
                contents.length);
        return header.write(out, contents, 0, contents.length);
    }

    /** A local header (§4.3.7) and its central directory twin (§4.3.12). */
    private record Header(String path, int method, int time, int date, long crc, long compressedSize, long size) {
        /** Writes the local header and the data; returns the central directory record. */
        byte[] write(ByteArrayOutputStream out, byte[] data, int offset, int length) {
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            int localOffset = out.size();
            out.writeBytes(new Bytes(30).u32(ZipLayout.LOCAL_HEADER).u16(VERSION).u16(FLAG_UTF8).u16(method).u16(time)
                    .u16(date).u32(crc).u32(compressedSize).u32(size).u16(name.length).u16(0).bytes());
            out.writeBytes(name);
            out.write(data, offset, length);
            Bytes central = new Bytes(46 + name.length).u32(ZipLayout.CENTRAL_HEADER).u16(VERSION).u16(VERSION)
                    .u16(FLAG_UTF8).u16(method).u16(time).u16(date).u32(crc).u32(compressedSize).u32(size)
                    .u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(localOffset);
            return central.raw(name).bytes();
        }
    }

    /** Little-endian fields into a buffer of known size. */
    private static final class Bytes {
        private final byte[] bytes;
        private int at;

        Bytes(int size) {
            bytes = new byte[size];
        }

        Bytes u16(int value) {
            bytes[at++] = (byte) value;
            bytes[at++] = (byte) (value >>> 8);
            return this;
        }

        Bytes u32(long value) {
            u16((int) (value & 0xFFFF));
            return u16((int) ((value >>> 16) & 0xFFFF));
        }

        Bytes raw(byte[] more) {
            System.arraycopy(more, 0, bytes, at, more.length);
            at += more.length;
            return this;
        }

        byte[] bytes() {
            return bytes;
        }
    }
}
