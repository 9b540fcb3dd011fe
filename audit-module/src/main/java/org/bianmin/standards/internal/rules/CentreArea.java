package org.bianmin.standards.internal.rules;

import org.bianmin.standards.internal.Thresholds;

/** C-AREA: 任务4 一 "乡镇便民服务中心面积不低于80平米（可根据实际统筹整合办公场地）". */
public final class CentreArea extends AreaRule {
    public CentreArea() {
        super("C-AREA", CENTRES, Thresholds::centreMinAreaM2);
    }
}
