package org.bianmin.catalogue;

import org.bianmin.core.DivisionCode;

/**
 * The kinds of place in the county's service network: county → township (or the station of a merged
 * township) → village or community (plan tasks 2, 10, 11).
 */
public enum PlaceKind {
    /** The county, served by its government-service centre (县政务服务中心). */
    COUNTY("县", DivisionCode.Level.COUNTY, "政务服务中心"),
    /** A township or town, served by its convenience-service centre (乡镇便民服务中心). */
    TOWNSHIP("乡镇", DivisionCode.Level.TOWNSHIP, "便民服务中心"),
    /**
     * A former township merged into another that keeps a service station (便民服务站); it follows the
     * centre's standards and handles the items of the township it belongs to.
     */
    STATION("便民服务站", DivisionCode.Level.TOWNSHIP, "便民服务站"),
    /** A village or community, served by its service room / proxy point (便民服务室/代办点). */
    VILLAGE("村（社区）", DivisionCode.Level.VILLAGE, "便民服务室");

    private final String label;
    private final DivisionCode.Level codeLevel;
    private final String siteSuffix;

    PlaceKind(String label, DivisionCode.Level codeLevel, String siteSuffix) {
        this.label = label;
        this.codeLevel = codeLevel;
        this.siteSuffix = siteSuffix;
    }

    /** The Chinese name of the kind. */
    public String label() {
        return label;
    }

    /** The length class of the division codes of places of this kind. */
    public DivisionCode.Level codeLevel() {
        return codeLevel;
    }

    /** What the service site of such a place is called after the place's name, e.g. {@code 便民服务中心}. */
    public String siteSuffix() {
        return siteSuffix;
    }

    /** The kind with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static PlaceKind parse(String text) {
        return Labels.parse(values(), PlaceKind::label, text, "place kind");
    }
}
