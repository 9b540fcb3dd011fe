package org.bianmin.catalogue;

/** Where the power the implementing body exercises comes from (权力来源, GB/T 39554.2 element); every source but {@code STATUTORY} names the body that gave it. */
public enum PowerSource {
    /** 法定本级行使. */
    STATUTORY("法定本级行使"),
    /** 上级下放. */
    DEVOLVED("上级下放"),
    /** 授权. */
    AUTHORISED("授权"),
    /** 委托. */
    ENTRUSTED("委托");

    private final String label;

    PowerSource(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static PowerSource parse(String text) {
        return Labels.parse(values(), PowerSource::label, text, "power source");
    }
}
