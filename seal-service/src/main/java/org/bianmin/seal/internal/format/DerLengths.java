package org.bianmin.seal.internal.format;

import java.io.ByteArrayOutputStream;

/** DER definite-length octets (X.690 §8.1.3, §10.1: the shortest form). */
final class DerLengths {
    private DerLengths() {
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
