package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.DisclosureField;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SectionRule;

/**
 * C-DISCLOSE: 任务9 一 "将所有进驻的便民服务事项向社会公开，内容包括项目名称、申请材料目录及要求、法定办结
 * 时限、承诺办结时限、收费标准及依据等".
 */
public final class CentreDisclosure extends SectionRule<SiteDescription.Disclosure> {
    public CentreDisclosure() {
        super("C-DISCLOSE", CENTRES, "disclosure", SiteDescription::disclosure);
    }

    @Override
    protected RuleResult assess(SiteDescription.Disclosure disclosure, CheckContext context) {
        Findings findings = new Findings();
        if (disclosure.itemsTotal() == null || disclosure.itemsPublished() == null) {
            findings.part(null, "items published of items handled");
        } else {
            findings.part(disclosure.itemsPublished().equals(disclosure.itemsTotal()),
                    disclosure.itemsPublished() + " of " + disclosure.itemsTotal() + " items published");
        }
        return conclude(allOf(findings, disclosure.fields(), EnumSet.allOf(DisclosureField.class), "published fields",
                "all five fields shown", "missing "));
    }
}
