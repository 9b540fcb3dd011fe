package org.bianmin.catalogue;

/** Why a {@link HandlingAnswer} names the place it names. */
public enum HandlingBasis {
    /** The township handles it by statute (乡镇法定权力事项). */
    TOWNSHIP_STATUTORY("乡镇法定权力"),
    /** The township handles it because a devolution grant gives it the county's power (赋予乡镇). */
    DEVOLUTION_GRANT("县级权力赋予乡镇"),
    /** No grant applies to the township on that date: the county centre handles it (县级办理). */
    COUNTY("县级办理");

    private final String label;

    HandlingBasis(String label) {
        this.label = label;
    }

    /** The Chinese wording used in guides. */
    public String label() {
        return label;
    }
}
