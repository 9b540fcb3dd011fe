package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** C-NET: 任务4 四 "便民服务中心要实现政务外网全覆盖，确保一体化平台 3.0 系统的正常使用". */
public final class CentreNetwork extends RequiredCodesRule<Facility> {
    public CentreNetwork() {
        super("C-NET", CENTRES, "facilities", SiteDescription::facilities,
                EnumSet.of(Facility.GOV_EXTRANET, Facility.PLATFORM_3));
    }
}
