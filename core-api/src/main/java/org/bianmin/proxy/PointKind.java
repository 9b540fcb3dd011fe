package org.bianmin.proxy;

/** What a proxy point is (plan task 2, 11). */
public enum PointKind {
    /** A village or community service room in the party-and-people service centre (便民服务室). */
    SERVICE_ROOM,
    /** A proxy point of a merged village (便民服务代办点). */
    PROXY_POINT
}
