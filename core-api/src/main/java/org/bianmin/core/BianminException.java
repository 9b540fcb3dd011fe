package org.bianmin.core;

import java.util.Objects;

/**
 * The one exception type that Bianmin services throw. It carries a stable {@link ErrorCode} and a
 * message that tells a person what was wrong and what to do. When a service throws it, nothing
 * was written: every operation is one transaction.
 *
 * <p>Verification outcomes are never reported through this exception: a seal that fails to verify
 * is a report, not an error.
 */
public class BianminException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public BianminException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public BianminException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code of this failure. */
    public ErrorCode code() {
        return code;
    }

    @Override
    public String toString() {
        return code + ": " + getMessage();
    }

    /** Shorthand for an {@link ErrorCode#INVALID_ARGUMENT} failure. */
    public static BianminException invalid(String message) {
        return new BianminException(ErrorCode.INVALID_ARGUMENT, message);
    }
}
