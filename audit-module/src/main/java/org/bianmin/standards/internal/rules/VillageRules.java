package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteCodes.PublishedRule;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SiteRule;

/**
 * V-RULES: 任务16 一 "乡镇便民服务中心和村级便民服务中心要…制定首问负责、限时办结、责任追究、一次性告知、
 * 服务双岗、去向留言等相关制度并公示；要设立投诉举报电话和意见箱".
 */
public final class VillageRules extends SiteRule {
    public VillageRules() {
        super("V-RULES", ROOMS);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        Findings findings = allOf(new Findings(), site.publishedRules(), java.util.EnumSet.of(
                PublishedRule.FIRST_INQUIRY, PublishedRule.TIME_LIMITED_COMPLETION, PublishedRule.ACCOUNTABILITY,
                PublishedRule.ONE_TIME_NOTICE, PublishedRule.DUAL_POST, PublishedRule.WHEREABOUTS_NOTE),
                "published rules", "six rules published", "rules missing: ");
        return conclude(findings
                .part(site.complaintPhone() == null ? null : !site.complaintPhone().isBlank(), "complaint phone")
                .part(has(site.facilities(), Facility.SUGGESTION_BOX), "suggestion box"));
    }
}
