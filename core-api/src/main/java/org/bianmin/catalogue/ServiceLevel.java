package org.bianmin.catalogue;

/**
 * Where a service item is handled in the county's network (plan tasks 8, 10).
 */
public enum ServiceLevel {
    /** The county government-service centre (县政务服务中心). */
    COUNTY("县级"),
    /** A township convenience-service centre or a merged township's station (乡镇便民服务中心/站). */
    TOWNSHIP("乡镇"),
    /** A village service room or proxy point accepts it on the applicant's behalf (村便民服务室/代办点). */
    VILLAGE_PROXY("村代办");

    private final String label;

    ServiceLevel(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides and the CSV format. */
    public String label() {
        return label;
    }

    /** The level with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static ServiceLevel parse(String text) {
        return Labels.parse(values(), ServiceLevel::label, text, "service level");
    }
}
