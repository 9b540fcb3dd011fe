package org.bianmin.seal.internal.ofd;

/**
 * The OFD package or one of its XML files is malformed or hostile (bounded sizes exceeded, path
 * traversal, DTDs). The message says what and where; the verifier reports it as FORMAT_FAILURE.
 */
public final class OfdFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public OfdFormatException(String message) {
        super(message);
    }

    public OfdFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
