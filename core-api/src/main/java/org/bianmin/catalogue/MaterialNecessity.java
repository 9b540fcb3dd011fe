package org.bianmin.catalogue;

/**
 * How far a material is needed for the application to be accepted (材料必要性, GB/T 39554.2 element):
 * 必要, 容缺 (may follow after acceptance, 容缺后补) or 非必要. For a conditional material it says how the
 * material is needed when its condition holds.
 */
public enum MaterialNecessity {
    /** 必要: the application is not accepted without it. */
    REQUIRED("必要"),
    /** 容缺: the application is accepted without it and it follows later (容缺受理). */
    DEFERRABLE("容缺"),
    /** 非必要: the applicant may hand it in; the application is accepted without it and nothing follows. */
    OPTIONAL("非必要");

    private final String label;

    MaterialNecessity(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /**
     * The necessity that asks at least as much as both: 必要 before 容缺 before 非必要, as when a
     * bundle merges two items' materials into one.
     */
    public MaterialNecessity stricter(MaterialNecessity other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static MaterialNecessity parse(String text) {
        return Labels.parse(values(), MaterialNecessity::label, text, "material necessity");
    }
}
