package org.bianmin.standards.internal.rules;

import org.bianmin.standards.internal.Thresholds;

/** V-AREA: 任务11 一 "选择通透明亮场所，建立便民服务代办点(面积不低于15平米)". */
public final class VillageArea extends AreaRule {
    public VillageArea() {
        super("V-AREA", ROOMS, Thresholds::roomMinAreaM2);
    }
}
