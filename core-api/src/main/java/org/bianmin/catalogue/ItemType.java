package org.bianmin.catalogue;

/**
 * The type of a government-service item (事项类型): the ten kinds of administrative power and public
 * services, as Sichuan's catalogue lists them (plan task 8).
 */
public enum ItemType {
    /** 行政许可. */
    LICENSING("行政许可"),
    /** 行政给付. */
    PAYMENT("行政给付"),
    /** 行政确认. */
    CONFIRMATION("行政确认"),
    /** 行政裁决. */
    ADJUDICATION("行政裁决"),
    /** 行政奖励. */
    REWARD("行政奖励"),
    /** 行政检查. */
    INSPECTION("行政检查"),
    /** 行政处罚. */
    PENALTY("行政处罚"),
    /** 行政强制. */
    COERCION("行政强制"),
    /** 行政征收. */
    LEVY("行政征收"),
    /** 其他行政权力. */
    OTHER_POWER("其他行政权力"),
    /** 公共服务. */
    PUBLIC_SERVICE("公共服务");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    /** The Chinese name used in catalogues, guides and the CSV format, e.g. {@code 行政许可}. */
    public String label() {
        return label;
    }

    /** The type with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static ItemType parse(String text) {
        return Labels.parse(values(), ItemType::label, text, "item type");
    }
}
