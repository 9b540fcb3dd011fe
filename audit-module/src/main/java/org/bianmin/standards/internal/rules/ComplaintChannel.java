package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SiteRule;

/** C-COMPLAINT: 任务16 一 "要设立投诉举报电话和意见箱，畅通群众投诉渠道". */
public final class ComplaintChannel extends SiteRule {
    public ComplaintChannel() {
        super("C-COMPLAINT", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        return conclude(new Findings()
                .part(site.complaintPhone() == null ? null : !site.complaintPhone().isBlank(), "complaint phone")
                .part(has(site.facilities(), Facility.SUGGESTION_BOX), "suggestion box"));
    }
}
