package org.bianmin.catalogue;

/** The unit of a time limit (时限单位): working days as the State Council's calendar counts them, natural days, or months. */
public enum LimitUnit {
    /** 工作日. */
    WORKING_DAYS("工作日"),
    /** 自然日. */
    NATURAL_DAYS("自然日"),
    /** 个月. */
    MONTHS("个月");

    private final String label;

    LimitUnit(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static LimitUnit parse(String text) {
        return Labels.parse(values(), LimitUnit::label, text, "limit unit");
    }
}
