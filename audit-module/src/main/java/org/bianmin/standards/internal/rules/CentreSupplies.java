package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** C-SUPPLIES: 任务7 一 "免费提供申报表格等文本及纸、笔、胶水等便民用品". */
public final class CentreSupplies extends RequiredCodesRule<Facility> {
    public CentreSupplies() {
        super("C-SUPPLIES", CENTRES, "facilities", SiteDescription::facilities,
                EnumSet.of(Facility.FREE_FORMS, Facility.FREE_STATIONERY));
    }
}
