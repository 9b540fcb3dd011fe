package org.bianmin.core;

/**
 * An administrative division code (行政区划代码): 6 digits for a county (GB/T 2260, Luding is
 * {@code 513322}), 9 for a township and 12 for a village or community (the statistical division
 * codes that extend GB/T 2260).
 *
 * @param value the digits
 */
public record DivisionCode(String value) {
    /** Luding County (泸定县). */
    public static final DivisionCode LUDING = new DivisionCode("513322");

    public DivisionCode {
        value = Checks.text(value, "division code");
        if (!value.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw BianminException.invalid(
                    "division code must have 6 (county), 9 (township) or 12 (village) digits, got '" + value + "'");
        }
    }

    /** The code for the given digits. */
    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    /** The level this code names, from its length. */
    public Level level() {
        return switch (value.length()) {
            case 6 -> Level.COUNTY;
            case 9 -> Level.TOWNSHIP;
            default -> Level.VILLAGE;
        };
    }

    /** The enclosing county's code. */
    public DivisionCode county() {
        return level() == Level.COUNTY ? this : new DivisionCode(value.substring(0, 6));
    }

    /** The enclosing township's code; fails for a county. */
    public DivisionCode township() {
        return switch (level()) {
            case COUNTY -> throw BianminException.invalid("county code " + value + " has no township");
            case TOWNSHIP -> this;
            case VILLAGE -> new DivisionCode(value.substring(0, 9));
        };
    }

    /** Whether this code lies within (or is) {@code other}. */
    public boolean within(DivisionCode other) {
        return value.startsWith(other.value);
    }

    /** The levels of the county's service network. */
    public enum Level {
        COUNTY, TOWNSHIP, VILLAGE
    }

    @Override
    public String toString() {
        return value;
    }
}
