package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.Zone;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** C-ZONES: 任务4 三 "科学合理设置日常办公区、综合服务区、办事等候区". */
public final class CentreZones extends RequiredCodesRule<Zone> {
    public CentreZones() {
        super("C-ZONES", CENTRES, "zones", SiteDescription::zones,
                EnumSet.of(Zone.OFFICE, Zone.SERVICE, Zone.WAITING));
    }
}
