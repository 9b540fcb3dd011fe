package org.bianmin.catalogue;

/**
 * Where a service item is handled in the county's network (plan tasks 8, 10).
 */
public enum ServiceLevel {
    /** The county government-service centre (县政务服务中心). */
    COUNTY,
    /** A township convenience-service centre or a merged township's station (乡镇便民服务中心/站). */
    TOWNSHIP,
    /** A village service room or proxy point accepts it on the applicant's behalf (村便民服务室/代办点). */
    VILLAGE_PROXY
}
