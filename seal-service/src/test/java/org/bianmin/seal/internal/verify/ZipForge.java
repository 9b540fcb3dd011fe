package org.bianmin.seal.internal.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes zip files byte by byte (PKWARE APPNOTE §4.3), stored entries only, so that tests can build
 * the packages no zip library writes: local entries the central directory does not list, a
 * directory that points at other bytes than a streaming reader sees, ZIP64 end records.
 */
final class ZipForge {
    private final ByteArrayOutputStream file = new ByteArrayOutputStream();
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
    private int listed;

    /** Writes a stored local entry and returns its offset. */
    long local(String name, byte[] data) {
        long offset = file.size();
        byte[] rawName = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = le(30 + rawName.length);
        header.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc(data)).putInt(data.length)
                .putInt(data.length).putShort((short) rawName.length).putShort((short) 0).put(rawName);
        file.writeBytes(header.array());
        file.writeBytes(data);
        return offset;
    }

    /** Writes bytes no entry owns. */
    ZipForge raw(byte[] bytes) {
        file.writeBytes(bytes);
        return this;
    }

    /** Lists a stored entry whose local header is at {@code offset}. */
    ZipForge list(String name, byte[] data, long offset) {
        byte[] rawName = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer entry = le(46 + rawName.length);
        entry.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0x21).putInt((int) crc(data))
                .putInt(data.length).putInt(data.length).putShort((short) rawName.length).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset)
                .put(rawName);
        directory.writeBytes(entry.array());
        listed++;
        return this;
    }

    /** The file: entries, the central directory, (a ZIP64 end record and locator,) the end record. */
    byte[] finish(boolean zip64) {
        long directoryOffset = file.size();
        byte[] listing = directory.toByteArray();
        file.writeBytes(listing);
        if (zip64) {
            long record = file.size();
            ByteBuffer end64 = le(56);
            end64.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                    .putLong(listed).putLong(listed).putLong(listing.length).putLong(directoryOffset);
            file.writeBytes(end64.array());
            ByteBuffer locator = le(20);
            locator.putInt(0x07064b50).putInt(0).putLong(record).putInt(1);
            file.writeBytes(locator.array());
        }
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) (zip64 ? 0xFFFF : listed)).putShort((short) (zip64 ? 0xFFFF : listed))
                .putInt(zip64 ? -1 : listing.length).putInt(zip64 ? -1 : (int) directoryOffset).putShort((short) 0);
        file.writeBytes(end.array());
        return file.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }
}
