package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The basic code (基本编码) of an item in the basic catalogue (基本目录), the same for every body that
 * implements the item: a two-character item-type code (事项类型代码, capital letters or digits), a
 * five-digit main-item number (主项代码, 00001–99999) and a three-digit sub-item number (子项代码,
 * {@code 000} when the item has no sub-items) — ten characters, e.g. {@code XK00101001}.
 *
 * <p>This is the three-part structure (type, main item, sub-item) of the basic code of
 * GB/T 39554.1-2020 (编码要求); the widths are those published for the basic code in
 * DB52/T 1264-2018 §3, because the national standard's own text was not at hand when this record was
 * written. The structure is checked here and nowhere else, so a correction touches this class only.
 *
 * @param typeCode    the item-type code, two capital letters or digits
 * @param mainItem    the main-item number, five digits, not {@code 00000}
 * @param subItem     the sub-item number, three digits
 */
public record BasicCode(String typeCode, String mainItem, String subItem) {
    /** The number of characters of a basic code. */
    public static final int LENGTH = 10;

    private static final CodeFormat FORMAT = new CodeFormat("a", "basic code", "基本编码", LENGTH,
            "type 2 + main item 5 + sub-item 3", ErrorCode.BASIC_CODE_INVALID);

    public BasicCode {
        if (typeCode == null || !typeCode.matches("[A-Z0-9]{2}")) {
            throw invalid("the item-type code (事项类型代码) must be two capital letters or digits, got '"
                    + typeCode + "'");
        }
        if (mainItem == null || !mainItem.matches("\\d{5}") || mainItem.equals("00000")) {
            throw invalid("the main-item number (主项代码) must be five digits from 00001 to 99999, got '"
                    + mainItem + "'");
        }
        if (subItem == null || !subItem.matches("\\d{3}")) {
            throw invalid("the sub-item number (子项代码) must be three digits (000 without sub-items), got '"
                    + subItem + "'");
        }
    }

    /** Parses a ten-character basic code; fails with {@code BASIC_CODE_INVALID} naming the bad part. */
    public static BasicCode parse(String code) {
        String value = FORMAT.read(code);
        try {
            return new BasicCode(value.substring(0, 2), value.substring(2, 7), value.substring(7));
        } catch (BianminException e) {
            throw FORMAT.refused(value, e);
        }
    }

    /** Whether it names a sub-item (子项) rather than a main item without sub-items. */
    public boolean isSubItem() {
        return !subItem.equals("000");
    }

    /** The ten characters. */
    public String value() {
        return typeCode + mainItem + subItem;
    }

    private static BianminException invalid(String message) {
        return FORMAT.invalid(message);
    }

    @Override
    public String toString() {
        return value();
    }
}
