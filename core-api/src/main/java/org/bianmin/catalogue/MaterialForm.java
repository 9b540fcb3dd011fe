package org.bianmin.catalogue;

/**
 * Whether an applicant hands in the original of a material, a copy, both, or an electronic file
 * (材料形式, GB/T 39554.2 element).
 */
public enum MaterialForm {
    /** 原件. */
    ORIGINAL("原件"),
    /** 复印件. */
    COPY("复印件"),
    /** 原件及复印件: the original is shown and a copy kept. */
    ORIGINAL_AND_COPY("原件及复印件"),
    /** 电子件: an electronic file (an electronic licence, a scan or a file uploaded online), no paper. */
    ELECTRONIC("电子件");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides and the CSV format. */
    public String label() {
        return label;
    }

    /**
     * The form that asks for everything either of {@code this} and {@code other} asks for: an electronic
     * file is covered by any paper form (the office scans what it is shown), two different paper
     * forms by the original and a copy.
     */
    public MaterialForm union(MaterialForm other) {
        if (this == other || other == ELECTRONIC) {
            return this;
        }
        return this == ELECTRONIC ? other : ORIGINAL_AND_COPY;
    }

    /** The form with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static MaterialForm parse(String text) {
        return Labels.parse(values(), MaterialForm::label, text, "material form");
    }
}
