package org.bianmin.catalogue;

/** The level of government that exercises an item's power (行使层级, GB/T 39554.2 element). */
public enum ExerciseLevel {
    /** 国家级. */
    NATIONAL("国家级"),
    /** 省级. */
    PROVINCIAL("省级"),
    /** 市级. */
    MUNICIPAL("市级"),
    /** 县级. */
    COUNTY("县级"),
    /** 乡镇级. */
    TOWNSHIP("乡镇级"),
    /** 村级. */
    VILLAGE("村级");

    private final String label;

    ExerciseLevel(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static ExerciseLevel parse(String text) {
        return Labels.parse(values(), ExerciseLevel::label, text, "exercise level");
    }
}
