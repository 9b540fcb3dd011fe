package org.bianmin.catalogue;

/** Which list a "高效办成一件事" bundle belongs to: the annual list handed down, or the county's own. */
public enum BundleList {
    /** 年度重点事项清单: the bundles the State Council and the province list for the year. */
    ANNUAL("年度清单"),
    /** 特色清单: a bundle the county adds for its own needs. */
    COUNTY("特色清单");

    private final String label;

    BundleList(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static BundleList parse(String text) {
        return Labels.parse(values(), BundleList::label, text, "bundle list");
    }
}
