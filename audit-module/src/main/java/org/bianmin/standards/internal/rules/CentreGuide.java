package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** C-GUIDE: 任务9 二 "制作服务事项《办事指南》、申请材料示范样本及样表…因地制宜推介双语服务指南" (bilingual guides are "where suitable" and not required). */
public final class CentreGuide extends RequiredCodesRule<Facility> {
    public CentreGuide() {
        super("C-GUIDE", CENTRES, "facilities", SiteDescription::facilities,
                EnumSet.of(Facility.SERVICE_GUIDE, Facility.SAMPLE_FORMS));
    }
}
