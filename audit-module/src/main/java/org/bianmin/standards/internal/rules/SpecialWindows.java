package org.bianmin.standards.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.WindowKind;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;

/**
 * C-SPECIAL: 任务6 "结合乡镇实际，开设旅游服务、乡村振兴、项目建设特色窗口" — optional, so always
 * ADVISORY: it reports which special windows exist.
 */
public final class SpecialWindows extends SiteRule {
    private static final Set<WindowKind> SPECIAL = EnumSet.of(WindowKind.TOURISM, WindowKind.RURAL_REVITALISATION,
            WindowKind.PROJECT_CONSTRUCTION);

    public SpecialWindows() {
        super("C-SPECIAL", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        if (site.windows() == null) {
            return advisory("no windows described; consider " + codes(List.copyOf(SPECIAL)));
        }
        List<WindowKind> present = site.windows().stream().map(SiteDescription.Window::kind)
                .filter(WindowKind::special).distinct().sorted().toList();
        List<WindowKind> absent = missing(present, SPECIAL);
        return advisory("special windows present: " + (present.isEmpty() ? "none" : codes(present))
                + (absent.isEmpty() ? "" : "; consider " + codes(absent) + " where local needs call for them"));
    }
}
