package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteCodes.GovInfoTopic;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SiteRule;

/**
 * C-GOVINFO: 任务9 三 "设置政务公开栏，定期公布涉及辖区群众的劳动就业、社会保险、社会救助、计划生育、
 * 农用地审批、社会福利、涉农补贴等应公开的事宜".
 */
public final class CentreGovInfo extends SiteRule {
    public CentreGovInfo() {
        super("C-GOVINFO", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        Findings findings = new Findings().part(has(site.facilities(), Facility.GOVINFO_BOARD), "政务公开栏");
        return conclude(allOf(findings, site.govInfoTopics(), EnumSet.allOf(GovInfoTopic.class), "topics shown",
                "all 7 topics shown", "topics missing: "));
    }
}
