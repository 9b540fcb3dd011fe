package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** V-ITEMS: 任务12 二 "梳理村(社区)高频事项清单,并及时向群众公开". */
public final class VillageItems extends RequiredCodesRule<Facility> {
    public VillageItems() {
        super("V-ITEMS", ROOMS, "facilities", SiteDescription::facilities,
                EnumSet.of(Facility.HIGH_FREQUENCY_LIST));
    }
}
