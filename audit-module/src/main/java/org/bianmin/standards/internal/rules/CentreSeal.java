package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SectionRule;

/**
 * C-SEAL: 任务5 "统一启用审批服务专用章…不在使用政府公章，对有多个站点的便民服务中心实行印章编号管理".
 */
public final class CentreSeal extends SectionRule<SiteDescription.Seal> {
    public CentreSeal() {
        super("C-SEAL", CENTRES, "seal", SiteDescription::seal);
    }

    @Override
    protected RuleResult assess(SiteDescription.Seal seal, CheckContext context) {
        Findings findings = new Findings()
                .part(seal.dedicatedApprovalSeal(), "dedicated approval seal (审批服务专用章) in use")
                .part(seal.governmentSealForApprovals() == null ? null : !seal.governmentSealForApprovals(),
                        "government seal not used for approvals");
        if (seal.sites() == null) {
            findings.part(null, "number of sites");
        } else if (seal.sites() > 1) {
            findings.part(seal.numberedSeals(), seal.sites() + " sites use numbered seals (印章编号管理)");
        }
        return conclude(findings);
    }
}
