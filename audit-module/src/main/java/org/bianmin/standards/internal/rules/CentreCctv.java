package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;

/** C-CCTV: 任务7 二 "安装监控设施，保持良好运行，实现对服务窗口人员监督全覆盖". */
public final class CentreCctv extends SiteRule {
    public CentreCctv() {
        super("C-CCTV", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        if (site.windows() == null || site.windows().isEmpty()) {
            return notAssessed("the description has no windows");
        }
        long covered = site.windows().stream().filter(window -> Boolean.TRUE.equals(window.cctv())).count();
        long uncovered = site.windows().stream().filter(window -> Boolean.FALSE.equals(window.cctv())).count();
        long total = site.windows().size();
        String measured = covered + " of " + total + " windows covered by surveillance";
        if (uncovered > 0) {
            return fail(measured);
        }
        return covered == total ? pass(measured) : notAssessed(measured + ", " + (total - covered) + " not described");
    }
}
