package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteCodes.WindowKind;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SiteRule;

/**
 * C-CANTDO: 任务15 "便民服务中心设立'办不成事反映窗口'，配备咨询和引导人员，优先接待老年人和特殊人员".
 */
public final class CantDoWindow extends SiteRule {
    public CantDoWindow() {
        super("C-CANTDO", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        Boolean window = site.windows() == null ? null
                : site.windows().stream().anyMatch(w -> w.kind() == WindowKind.CANT_DO);
        return conclude(new Findings()
                .part(window, "办不成事反映窗口")
                .part(has(site.facilities(), Facility.GUIDANCE_STAFF), "guidance staff")
                .part(has(site.facilities(), Facility.PRIORITY_SERVICE), "priority for elderly and special applicants"));
    }
}
