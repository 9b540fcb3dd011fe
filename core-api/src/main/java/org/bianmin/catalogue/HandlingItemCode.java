package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The code of a handling item (业务办理项编码): one variant of an implemented item (e.g. first issue,
 * renewal, loss), the {@link ImplementationCode} followed by a three-digit sequence number 001–999 —
 * 45 characters. GB/T 39554.1-2020 derives handling-item codes from the implementation code; the
 * width of the sequence is this catalogue's, as the standard's own text was not at hand.
 *
 * @param implementation the implementation code it extends
 * @param sequence       three digits, not {@code 000}
 */
public record HandlingItemCode(ImplementationCode implementation, String sequence) {
    /** The number of characters of a handling-item code. */
    public static final int LENGTH = ImplementationCode.LENGTH + 3;

    public HandlingItemCode {
        if (implementation == null) {
            throw invalid("a handling-item code needs the implementation code (实施编码) it extends");
        }
        if (sequence == null || !sequence.matches("\\d{3}") || sequence.equals("000")) {
            throw invalid("the handling-item sequence must be three digits from 001 to 999, got '" + sequence + "'");
        }
    }

    /** Parses a 45-character handling-item code; fails with {@code HANDLING_ITEM_CODE_INVALID} naming the part. */
    public static HandlingItemCode parse(String code) {
        if (code == null || code.isBlank()) {
            throw invalid("a handling-item code (业务办理项编码) is required");
        }
        String value = code.strip();
        if (value.length() != LENGTH) {
            throw invalid("handling-item code '" + value + "' must have " + LENGTH
                    + " characters (implementation code 42 + sequence 3), got " + value.length());
        }
        try {
            return new HandlingItemCode(ImplementationCode.parse(value.substring(0, ImplementationCode.LENGTH)),
                    value.substring(ImplementationCode.LENGTH));
        } catch (BianminException e) {
            throw e.code() == ErrorCode.HANDLING_ITEM_CODE_INVALID ? e
                    : invalid("handling-item code '" + value + "': " + e.getMessage());
        }
    }

    /** The 45 characters. */
    public String value() {
        return implementation.value() + sequence;
    }

    private static BianminException invalid(String message) {
        return new BianminException(ErrorCode.HANDLING_ITEM_CODE_INVALID, message);
    }

    @Override
    public String toString() {
        return value();
    }
}
