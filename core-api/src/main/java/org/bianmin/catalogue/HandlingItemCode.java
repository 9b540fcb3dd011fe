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

    private static final CodeFormat FORMAT = new CodeFormat("a", "handling-item code", "业务办理项编码", LENGTH,
            "implementation code 42 + sequence 3", ErrorCode.HANDLING_ITEM_CODE_INVALID);

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
        String value = FORMAT.read(code);
        try {
            return new HandlingItemCode(ImplementationCode.parse(value.substring(0, ImplementationCode.LENGTH)),
                    value.substring(ImplementationCode.LENGTH));
        } catch (BianminException e) {
            throw e.code() == FORMAT.error() ? e : FORMAT.refused(value, e);
        }
    }

    /** The 45 characters. */
    public String value() {
        return implementation.value() + sequence;
    }

    private static BianminException invalid(String message) {
        return FORMAT.invalid(message);
    }

    @Override
    public String toString() {
        return value();
    }
}
