package org.bianmin.catalogue;

/** How far an item can be handled online (网上办理深度, GB/T 39554.2 element), level 1 to 4. */
public enum OnlineDepth {
    /** 一级：网上咨询和办事指南. */
    INFORMATION("一级：网上咨询和办事指南"),
    /** 二级：网上下载表格. */
    DOWNLOAD("二级：网上下载表格"),
    /** 三级：网上预审和受理. */
    ONLINE_ACCEPTANCE("三级：网上预审和受理"),
    /** 四级：全程网办. */
    FULLY_ONLINE("四级：全程网办");

    private final String label;

    OnlineDepth(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static OnlineDepth parse(String text) {
        return Labels.parse(values(), OnlineDepth::label, text, "online depth");
    }
}
