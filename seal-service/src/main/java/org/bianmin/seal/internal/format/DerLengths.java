package org.bianmin.seal.internal.format;

import java.io.ByteArrayOutputStream;

/** DER definite-length octets (X.690 §8.1.3, §10.1: the shortest form). */
final class DerLengths {
    private DerLengths() {
    }

    /** The DER of {@code SEQUENCE { parts... }} where each part is already a DER TLV. */
    static byte[] sequence(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 6);
        out.write(0x30);
        write(out, length);
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static void write(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }
}
