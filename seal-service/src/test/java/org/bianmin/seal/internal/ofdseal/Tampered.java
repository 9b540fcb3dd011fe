package org.bianmin.seal.internal.ofdseal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bianmin.seal.internal.verify.OfdMutator;

/** Packages changed after sealing, the smallest way: one bit of one entry. */
final class Tampered {
    private Tampered() {
    }

    /** {@code ofd} with the lowest bit of the middle byte of {@code entry} flipped. */
    static byte[] oneByteChanged(byte[] ofd, String entry) {
        try {
            return OfdMutator.replaceEntry(ofd, entry, content -> {
                byte[] changed = content.clone();
                changed[changed.length / 2] ^= 0x01;
                return changed;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
