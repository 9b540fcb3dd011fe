package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.SiteCodes.PublishedRule;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.RequiredCodesRule;

/** C-ASSESS: 任务16 二 "各乡镇要制定《窗口管理考核办法》《村级代办点管理考核办法》". */
public final class CentreAssessment extends RequiredCodesRule<PublishedRule> {
    public CentreAssessment() {
        super("C-ASSESS", CENTRES, "publishedRules", SiteDescription::publishedRules,
                EnumSet.of(PublishedRule.WINDOW_ASSESSMENT, PublishedRule.PROXY_POINT_ASSESSMENT));
    }
}
