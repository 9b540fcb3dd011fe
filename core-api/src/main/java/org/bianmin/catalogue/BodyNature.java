package org.bianmin.catalogue;

/** The nature of the implementing body (实施主体性质, GB/T 39554.2 element). */
public enum BodyNature {
    /** 法定机关. */
    STATUTORY_ORGAN("法定机关"),
    /** 授权组织. */
    AUTHORISED_ORGANISATION("授权组织"),
    /** 受委托组织. */
    ENTRUSTED_ORGANISATION("受委托组织");

    private final String label;

    BodyNature(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static BodyNature parse(String text) {
        return Labels.parse(values(), BodyNature::label, text, "body nature");
    }
}
