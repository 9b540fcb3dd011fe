package org.bianmin.catalogue;

/**
 * Where a material comes from (材料来源渠道, GB/T 39554.2 element). A material the platform obtains by
 * data sharing ({@code SHARED_BY_PLATFORM}, 免提交) is not asked of the applicant.
 */
public enum MaterialSource {
    /** 申请人自备. */
    APPLICANT("申请人自备"),
    /** 政府部门核发: issued by a department, which the applicant brings. */
    ISSUED_BY_DEPARTMENT("政府部门核发"),
    /** 共享获取（免提交）: the platform obtains it by data sharing; the applicant hands in nothing. */
    SHARED_BY_PLATFORM("共享获取（免提交）");

    private final String label;

    MaterialSource(String label) {
        this.label = label;
    }

    /** The Chinese name used in guides, listings and the CSV format. */
    public String label() {
        return label;
    }

    /** The value with the given Chinese label or constant name; fails with {@code INVALID_ARGUMENT}. */
    public static MaterialSource parse(String text) {
        return Labels.parse(values(), MaterialSource::label, text, "material source");
    }
}
