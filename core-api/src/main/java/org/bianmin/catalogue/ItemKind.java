package org.bianmin.catalogue;

/** Whether an item is settled on the spot (即办件) or within a promised time limit (承诺件) (办件类型, GB/T 39554.2 element). */
public enum ItemKind {
    /** 即办件. */
    IMMEDIATE("即办件"),
    /** 承诺件. */
    PROMISED("承诺件");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static ItemKind parse(String text) {
        return Labels.parse(values(), ItemKind::label, text, "item kind");
    }
}
