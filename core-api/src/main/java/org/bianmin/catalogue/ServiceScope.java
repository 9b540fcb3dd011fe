package org.bianmin.catalogue;

/** Where else the item can be handed in (通办范围, GB/T 39554.2 element). */
public enum ServiceScope {
    /** 不通办. */
    NONE("不通办"),
    /** 全县通办. */
    COUNTY("全县通办"),
    /** 全市通办. */
    CITY("全市通办"),
    /** 全省通办. */
    PROVINCE("全省通办"),
    /** 跨省通办. */
    CROSS_PROVINCE("跨省通办");

    private final String label;

    ServiceScope(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static ServiceScope parse(String text) {
        return Labels.parse(values(), ServiceScope::label, text, "service scope");
    }
}
