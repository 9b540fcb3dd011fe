package org.bianmin.proxy;

import org.bianmin.core.BianminException;

/**
 * Which slice of a listing to return: {@code limit} entries after skipping {@code offset}, at most
 * {@value #MAX_LIMIT} at once, so that no single request reads a whole county's ledger.
 *
 * @param offset how many entries to skip, from 0
 * @param limit  how many to return, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {
    /** The largest page. */
    public static final int MAX_LIMIT = 500;
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 100;

    public PageRequest {
        if (offset < 0) {
            throw BianminException.invalid("a page offset is 0 or more, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BianminException.invalid("a page holds 1 to " + MAX_LIMIT + " entries, got " + limit);
        }
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }

    /** The page after this one. */
    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
