package org.bianmin.standards;

/**
 * The kind of site a standards check looks at (plan task 2, 4, 11).
 */
public enum SiteKind {
    /** A township convenience-service centre (乡镇便民服务中心), docs/requirements.md C-* rules. */
    TOWNSHIP_CENTRE,
    /** A merged township's convenience-service station (便民服务站): the centre's standards apply [2]. */
    STATION,
    /** A village or community service room or proxy point (便民服务室/代办点), docs/requirements.md V-* rules. */
    VILLAGE_ROOM;

    /** Whether the centre rules (C-*) apply to this kind. */
    public boolean isCentre() {
        return this != VILLAGE_ROOM;
    }
}
