package org.bianmin.seal.internal.picture;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Text and numbers as they may go into HTML and SVG markup: every character that could end an
 * attribute or open a tag escaped, control characters (which XML 1.0 forbids) dropped, numbers
 * written plainly with at most four decimals (0.1 µm at the millimetre user unit).
 */
public final class Markup {
    private Markup() {
    }

    /** {@code text} escaped for element content and attribute values; null is "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A finite number as markup: plain notation, at most four decimals, no trailing zeros. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
