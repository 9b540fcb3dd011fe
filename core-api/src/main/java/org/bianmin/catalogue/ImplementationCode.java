package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.UnifiedSocialCreditCode;

/**
 * The implementation code (实施编码) of an item in an implementation list (实施清单): which body, in
 * which division, implements which basic item. It is the {@link BasicCode} (10 characters), the
 * implementing division's 12-digit code (实施区划, the division code padded with zeros:
 * {@code 513322000000} for the county, {@code 513322102000} for a township), the implementing body's
 * {@link UnifiedSocialCreditCode} (18 characters) and a two-digit suffix (00–99) that tells apart
 * several implementations of one basic item by one body — 42 characters.
 *
 * <p>GB/T 39554.1-2020 composes the implementation code from the basic code, the implementing
 * division and the implementing body's unified social credit code; the order and the suffix above are
 * the structure this catalogue exchanges, as the national standard's own text was not at hand when
 * this record was written. The structure is checked here and nowhere else.
 *
 * @param basicCode the basic code
 * @param division  the implementing division, 12 digits
 * @param body      the implementing body's unified social credit code
 * @param suffix    two digits
 */
public record ImplementationCode(BasicCode basicCode, String division, UnifiedSocialCreditCode body, String suffix) {
    /** The number of characters of an implementation code. */
    public static final int LENGTH = BasicCode.LENGTH + 12 + 18 + 2;

    private static final CodeFormat FORMAT = new CodeFormat("an", "implementation code", "实施编码", LENGTH,
            "basic code 10 + division 12 + unified social credit code 18 + suffix 2",
            ErrorCode.IMPLEMENTATION_CODE_INVALID);

    public ImplementationCode {
        if (basicCode == null) {
            throw invalid("an implementation code needs the item's basic code (基本编码)");
        }
        if (division == null || !division.matches("\\d{12}")) {
            throw invalid("the implementing division (实施区划) must be 12 digits, the division code padded with"
                    + " zeros (the county 513322 is 513322000000), got '" + division + "'");
        }
        if (division.startsWith("000000")) {
            throw invalid("the implementing division '" + division + "' names no county or higher division");
        }
        if (division.substring(6, 9).equals("000") && !division.substring(9).equals("000")) {
            throw invalid("the implementing division '" + division + "' names a village without a township");
        }
        if (body == null) {
            throw invalid("an implementation code needs the implementing body's unified social credit code");
        }
        if (suffix == null || !suffix.matches("\\d{2}")) {
            throw invalid("the implementation suffix must be two digits, got '" + suffix + "'");
        }
    }

    /** The code for an item implemented by {@code body} in {@code place}, with suffix {@code 00}. */
    public static ImplementationCode of(BasicCode basicCode, DivisionCode place, UnifiedSocialCreditCode body) {
        String digits = place.value();
        return new ImplementationCode(basicCode, digits + "0".repeat(12 - digits.length()), body, "00");
    }

    /** Parses a 42-character implementation code; fails with {@code IMPLEMENTATION_CODE_INVALID} naming the part. */
    public static ImplementationCode parse(String code) {
        String value = FORMAT.read(code);
        try {
            return new ImplementationCode(BasicCode.parse(value.substring(0, 10)), value.substring(10, 22),
                    UnifiedSocialCreditCode.of(value.substring(22, 40)), value.substring(40));
        } catch (BianminException e) {
            throw e.code() == FORMAT.error() ? e : FORMAT.refused(value, e);
        }
    }

    /** The implementing division as a 6-, 9- or 12-digit {@link DivisionCode}, without the padding. */
    public DivisionCode place() {
        if (division.endsWith("000000")) {
            return DivisionCode.of(division.substring(0, 6));
        }
        return DivisionCode.of(division.endsWith("000") ? division.substring(0, 9) : division);
    }

    /** The 42 characters. */
    public String value() {
        return basicCode.value() + division + body.value() + suffix;
    }

    static BianminException invalid(String message) {
        return FORMAT.invalid(message);
    }

    @Override
    public String toString() {
        return value();
    }
}
