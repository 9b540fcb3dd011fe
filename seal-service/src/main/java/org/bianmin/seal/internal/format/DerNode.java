package org.bianmin.seal.internal.format;

import java.util.List;

/**
 * One TLV of a scanned DER input: where it starts, its tag, how long its header and content are,
 * and its children when constructed. Lets failures found in the structures name a byte offset.
 *
 * @param offset        offset of the tag byte in the input
 * @param tag           the first identifier octet (class, constructed bit, low tag number)
 * @param headerLength  identifier and length octets
 * @param contentLength content octets
 * @param children      the TLVs inside a constructed encoding, empty for a primitive one
 */
public record DerNode(int offset, int tag, int headerLength, int contentLength, List<DerNode> children) {
    public DerNode {
        children = List.copyOf(children);
    }

    /** Offset just past this TLV. */
    public int end() {
        return offset + headerLength + contentLength;
    }

    /** Whether the constructed bit is set. */
    public boolean constructed() {
        return (tag & 0x20) != 0;
    }

    /** The node an element-index path leads to, as deep as the path can be followed. */
    public DerNode follow(List<Integer> path) {
        DerNode node = this;
        for (int index : path) {
            List<DerNode> inner = node.children;
            // an explicitly tagged element wraps its value: step through the wrapper
            if ((node.tag & 0xC0) == 0x80 && inner.size() == 1 && inner.get(0).tag == 0x30
                    && !inner.get(0).children.isEmpty() && inner.get(0).children.get(0).tag == 0x30) {
                inner = inner.get(0).children;
            }
            if (index < 0 || index >= inner.size()) {
                return node;
            }
            node = inner.get(index);
        }
        return node;
    }
}
