package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** V-LEDGERS: 任务11 三 "建立民意民情诉求调查台账和特殊人群关爱台账". */
public final class VillageLedgers extends RequiredCodesRule<Facility> {
    public VillageLedgers() {
        super("V-LEDGERS", ROOMS, "facilities", SiteDescription::facilities,
                EnumSet.of(Facility.APPEAL_LEDGER, Facility.CARE_LEDGER));
    }
}
