package org.bianmin.seal.internal.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded scanner of DER TLVs (ITU-T X.690 §8.1, §10.1) run before anything else parses the
 * input: definite, minimal lengths that fit inside their parent; at most {@link #MAX_DEPTH}
 * levels of nesting and {@link #MAX_NODES} elements; no constructed string forms. Hostile input
 * fails here with the offset, in time and memory linear in its size, before Bouncy Castle sees it.
 */
public final class DerScanner {
    /** Deepest nesting accepted; the seal structures need 9. */
    public static final int MAX_DEPTH = 32;
    /** Most elements accepted in one input. */
    public static final int MAX_NODES = 100_000;

    private final byte[] bytes;
    private final boolean indefiniteAllowed;
    private int nodes;

    private DerScanner(byte[] bytes, boolean indefiniteAllowed) {
        this.bytes = bytes;
        this.indefiniteAllowed = indefiniteAllowed;
    }

    /**
     * Scans the TLV starting at {@code offset} (and everything inside it).
     *
     * @throws DerScanException with the offset of the first violation
     */
    public static DerNode scan(byte[] bytes, int offset) {
        return new DerScanner(bytes, false).node(offset, bytes.length, 0);
    }

    /**
     * Scans BER (X.690 §8.1.3.6): as {@link #scan} but constructed encodings may also have the
     * indefinite length, ended by end-of-contents octets — as CMS producers write SignedData.
     * Depth and element bounds are the same. For an indefinite encoding {@link DerNode#end()}
     * includes the end-of-contents octets.
     */
    public static DerNode scanBer(byte[] bytes, int offset) {
        return new DerScanner(bytes, true).node(offset, bytes.length, 0);
    }

    private DerNode node(int offset, int limit, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DerScanException(offset, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (++nodes > MAX_NODES) {
            throw new DerScanException(offset, "more than " + MAX_NODES + " elements");
        }
        int at = offset;
        if (at >= limit) {
            throw new DerScanException(at, "truncated: expected a tag, found the end of the data");
        }
        int tag = bytes[at++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            int count = 0;
            do {
                if (at >= limit) {
                    throw new DerScanException(at, "truncated tag");
                }
                if (++count > 4) {
                    throw new DerScanException(offset, "tag number too large");
                }
            } while ((bytes[at++] & 0x80) != 0);
        }
        if (at >= limit) {
            throw new DerScanException(at, "truncated: expected a length, found the end of the data");
        }
        int first = bytes[at++] & 0xFF;
        long length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x80) {
            if (!indefiniteAllowed || (tag & 0x20) == 0) {
                throw new DerScanException(at - 1, "indefinite length is not DER");
            }
            return indefinite(offset, tag, at - offset, limit, depth);
        } else {
            int count = first & 0x7F;
            if (count > 4) {
                throw new DerScanException(at - 1, "length of " + count + " octets is too large");
            }
            if (at + count > limit) {
                throw new DerScanException(at, "truncated length");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (bytes[at++] & 0xFF);
            }
            if (length < 0x80 || length < (1L << (8 * (count - 1)))) {
                throw new DerScanException(offset + 1, "length " + length + " is not in its shortest form (DER)");
            }
        }
        int header = at - offset;
        if (length > limit - at) {
            throw new DerScanException(offset + 1, "length " + length + " exceeds the " + (limit - at)
                    + " bytes available (truncated or corrupt)");
        }
        int contentEnd = at + (int) length;
        boolean constructed = (tag & 0x20) != 0;
        List<DerNode> children = new ArrayList<>();
        if (constructed) {
            if (isUniversalString(tag)) {
                throw new DerScanException(offset, "constructed string encoding is not DER");
            }
            int child = at;
            while (child < contentEnd) {
                DerNode inner = node(child, contentEnd, depth + 1);
                children.add(inner);
                child = inner.end();
            }
        }
        return new DerNode(offset, tag, header, (int) length, children);
    }

    private DerNode indefinite(int offset, int tag, int header, int limit, int depth) {
        List<DerNode> children = new ArrayList<>();
        int child = offset + header;
        while (true) {
            if (child + 2 > limit) {
                throw new DerScanException(child, "truncated: no end-of-contents for the indefinite length at "
                        + offset);
            }
            if (bytes[child] == 0 && bytes[child + 1] == 0) {
                return new DerNode(offset, tag, header, child + 2 - offset - header, children);
            }
            DerNode inner = node(child, limit, depth + 1);
            children.add(inner);
            child = inner.end();
        }
    }

    private static boolean isUniversalString(int tag) {
        if ((tag & 0xC0) != 0) {
            return false;
        }
        int number = tag & 0x1F;
        return number == 3 || number == 4 || (number >= 12 && number <= 30 && number != 16 && number != 17);
    }

    /** A violation of the DER length and nesting rules at a byte offset. */
    public static final class DerScanException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        DerScanException(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        /** Where in the input the violation is. */
        public int offset() {
            return offset;
        }
    }
}
