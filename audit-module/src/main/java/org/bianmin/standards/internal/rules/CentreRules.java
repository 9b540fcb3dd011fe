package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.PublishedRule;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** C-RULES: 任务16 一 "制定首问负责、限时办结、责任追究、一次性告知、服务双岗、去向留言等相关制度并公示". */
public final class CentreRules extends RequiredCodesRule<PublishedRule> {
    public CentreRules() {
        super("C-RULES", CENTRES, "publishedRules", SiteDescription::publishedRules,
                EnumSet.of(PublishedRule.FIRST_INQUIRY, PublishedRule.TIME_LIMITED_COMPLETION, PublishedRule.ACCOUNTABILITY, PublishedRule.ONE_TIME_NOTICE, PublishedRule.DUAL_POST, PublishedRule.WHEREABOUTS_NOTE));
    }
}
