package org.bianmin.seal.internal.format;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodings of an SM2 signature (GB/T 32918.2, GB/T 35276 §7): DER {@code SEQUENCE { r, s }}
 * (what the standards and most vendors write, 70–72 bytes) and raw {@code r || s} (64 bytes, two
 * 32-byte big-endian integers, written by at least one vendor). DER integers are read leniently
 * (missing or extra leading zeros) and written strictly.
 */
public final class Sm2Signatures {
    /** The length of a raw signature: two 256-bit integers. */
    public static final int RAW_LENGTH = 64;
    private static final int COMPONENT = 32;

    private Sm2Signatures() {
    }

    /** Strict DER {@code SEQUENCE { r, s }} from raw {@code r || s}. */
    public static byte[] rawToDer(byte[] raw) {
        if (raw.length != RAW_LENGTH) {
            throw new FormatException("a raw SM2 signature has 64 bytes, found " + raw.length);
        }
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, COMPONENT));
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(raw, COMPONENT, RAW_LENGTH));
        return der(r, s);
    }

    /** Raw {@code r || s} from a DER signature (leading zeros tolerated). */
    public static byte[] derToRaw(byte[] der) {
        BigInteger[] rs = parseDer(der);
        if (rs == null) {
            throw new FormatException("not a DER SEQUENCE { r, s }");
        }
        byte[] raw = new byte[RAW_LENGTH];
        put(rs[0], raw, 0);
        put(rs[1], raw, COMPONENT);
        return raw;
    }

    /**
     * The strict DER encodings the given signature bytes may stand for, most likely first: a
     * well-formed DER signature re-encoded strictly, and for 64 bytes the raw reading as well
     * (a 64-byte value can, rarely, also parse as DER). Empty when it is neither.
     */
    public static List<byte[]> derCandidates(byte[] signature) {
        List<byte[]> candidates = new ArrayList<>(2);
        BigInteger[] rs = parseDer(signature);
        if (rs != null) {
            candidates.add(der(rs[0], rs[1]));
        }
        if (signature.length == RAW_LENGTH) {
            candidates.add(rawToDer(signature));
        }
        return candidates;
    }

    /** Strict DER of {@code SEQUENCE { r, s }}. */
    public static byte[] der(BigInteger r, BigInteger s) {
        byte[] rb = r.toByteArray();
        byte[] sb = s.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(72);
        int content = 2 + rb.length + 2 + sb.length;
        out.write(0x30);
        DerLengths.write(out, content);
        out.write(0x02);
        DerLengths.write(out, rb.length);
        out.writeBytes(rb);
        out.write(0x02);
        DerLengths.write(out, sb.length);
        out.writeBytes(sb);
        return out.toByteArray();
    }

    /** r and s as unsigned integers, or null unless the bytes are exactly SEQUENCE { INTEGER, INTEGER }. */
    private static BigInteger[] parseDer(byte[] der) {
        if (der.length < 8 || der.length > 80 || der[0] != 0x30) {
            return null;
        }
        int length = der[1] & 0xFF;
        int at = 2;
        if (length == 0x81) {
            length = der[2] & 0xFF;
            at = 3;
        } else if (length > 0x7F) {
            return null;
        }
        if (at + length != der.length) {
            return null;
        }
        BigInteger[] rs = new BigInteger[2];
        for (int i = 0; i < 2; i++) {
            if (at + 2 > der.length || der[at] != 0x02) {
                return null;
            }
            int n = der[at + 1] & 0xFF;
            at += 2;
            if (n == 0 || n > 33 || at + n > der.length) {
                return null;
            }
            rs[i] = new BigInteger(1, java.util.Arrays.copyOfRange(der, at, at + n));
            if (rs[i].bitLength() > 256) {
                return null;
            }
            at += n;
        }
        return at == der.length ? rs : null;
    }

    private static void put(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > COMPONENT ? bytes.length - COMPONENT : 0;
        int length = bytes.length - start;
        System.arraycopy(bytes, start, out, offset + COMPONENT - length, length);
    }
}
