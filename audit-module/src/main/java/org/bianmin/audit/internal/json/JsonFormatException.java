package org.bianmin.audit.internal.json;

/** Text that is not canonical JSON: the message says what and where (a byte offset). */
public final class JsonFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public JsonFormatException(String problem, int offset) {
        super(problem + " at byte " + offset);
        this.offset = offset;
    }

    /** Where the problem is, counted in bytes of the UTF-8 text from 0. */
    public int offset() {
        return offset;
    }
}
