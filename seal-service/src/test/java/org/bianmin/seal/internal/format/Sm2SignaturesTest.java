package org.bianmin.seal.internal.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** raw r||s ↔ DER, with the leading-zero cases that trip naive code. */
class Sm2SignaturesTest {
    private static byte[] raw(BigInteger r, BigInteger s) {
        byte[] raw = new byte[64];
        byte[] rb = r.toByteArray();
        byte[] sb = s.toByteArray();
        int rl = Math.min(rb.length, 32);
        int sl = Math.min(sb.length, 32);
        System.arraycopy(rb, rb.length - rl, raw, 32 - rl, rl);
        System.arraycopy(sb, sb.length - sl, raw, 64 - sl, sl);
        return raw;
    }

    @Test
    void highBitComponentsGetALeadingZeroInDer() {
        BigInteger r = BigInteger.ONE.shiftLeft(255).add(BigInteger.TEN);
        BigInteger s = BigInteger.ONE.shiftLeft(254);
        byte[] der = Sm2Signatures.rawToDer(raw(r, s));
        assertEquals(0x21, der[3]); // r needs 33 bytes
        assertEquals(0x00, der[4]);
        assertArrayEquals(raw(r, s), Sm2Signatures.derToRaw(der));
    }

    @Test
    void shortComponentsArePaddedInRaw() {
        BigInteger r = BigInteger.valueOf(5);
        BigInteger s = BigInteger.ONE.shiftLeft(200);
        byte[] der = Sm2Signatures.rawToDer(raw(r, s));
        assertEquals(0x01, der[3]);
        byte[] back = Sm2Signatures.derToRaw(der);
        assertEquals(5, back[31]);
        assertArrayEquals(raw(r, s), back);
    }

    @Test
    void missingLeadingZeroIsReadAsUnsignedAndWrittenStrictly() {
        // r's DER integer without its 0x00: BC would read it as negative
        byte[] sloppy = {0x30, 0x06, 0x02, 0x01, (byte) 0x80, 0x02, 0x01, 0x01};
        List<byte[]> candidates = Sm2Signatures.derCandidates(sloppy);
        assertEquals(1, candidates.size());
        assertArrayEquals(new byte[] {0x30, 0x07, 0x02, 0x02, 0x00, (byte) 0x80, 0x02, 0x01, 0x01}, candidates.get(0));
    }

    @Test
    void extraLeadingZerosAreDropped() {
        byte[] padded = {0x30, 0x08, 0x02, 0x03, 0x00, 0x00, 0x05, 0x02, 0x01, 0x01};
        assertArrayEquals(new byte[] {0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x01},
                Sm2Signatures.derCandidates(padded).get(0));
    }

    @Test
    void rawSixtyFourBytesIsACandidate() {
        byte[] raw = raw(BigInteger.TWO, BigInteger.TEN);
        List<byte[]> candidates = Sm2Signatures.derCandidates(raw);
        assertEquals(1, candidates.size());
        assertArrayEquals(Sm2Signatures.rawToDer(raw), candidates.get(0));
    }

    @Test
    void garbageHasNoCandidateAndWrongRawLengthFails() {
        assertTrue(Sm2Signatures.derCandidates(new byte[] {1, 2, 3}).isEmpty());
        assertThrows(FormatException.class, () -> Sm2Signatures.rawToDer(new byte[63]));
        assertThrows(FormatException.class, () -> Sm2Signatures.derToRaw(new byte[] {1, 2, 3}));
    }
}
