package org.bianmin.standards.internal.rules;

import java.util.List;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SiteRule;

/**
 * C-NAME: 任务4 二 "名称统一为：'泸定县XX乡镇便民服务中心'，用红字（宋体）横排". First the centre's registered
 * {@code name}: the configured county, a township ending in 乡 or 镇 (the description's {@code township}
 * when it gives one) and 便民服务中心 ({@link CentreNameForm}). Then, only when the description gives
 * {@code signage}, the sign: its text in the same form, red, Song typeface, horizontal.
 */
public final class CentreName extends SiteRule {
    public CentreName() {
        super("C-NAME", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        CentreNameForm form = new CentreNameForm(context.thresholds().countyName(), site.kind() == SiteKind.STATION,
                site.township());
        Findings findings = new Findings().part(form.lacking(site.name()).isEmpty(),
                judged("name", site.name(), form));
        SiteDescription.Signage sign = site.signage();
        if (sign == null) {
            return conclude(findings.aside("signage not described, not assessed"));
        }
        return conclude(findings
                .part(sign.text() == null ? null : form.lacking(sign.text()).isEmpty(),
                        sign.text() == null ? "signage text" : judged("signage text", sign.text(), form))
                .part(sign.colour() == null ? null : sign.colour() == SiteCodes.Colour.RED, "signage in red")
                .part(sign.typeface() == null ? null : sign.typeface() == SiteCodes.Typeface.SONG,
                        "signage in Song typeface")
                .part(sign.orientation() == null ? null : sign.orientation() == SiteCodes.Orientation.HORIZONTAL,
                        "signage horizontal"));
    }

    /** "name '兴隆镇便民服务中心' lacks the county 泸定县 — expected 泸定县XX乡/镇便民服务中心: 泸定县兴隆镇便民服务中心". */
    private static String judged(String what, String text, CentreNameForm form) {
        List<String> lacking = form.lacking(text);
        String reads = what + " '" + text.strip() + "'";
        return lacking.isEmpty() ? reads + " is " + form.pattern()
                : reads + " lacks " + String.join(", ", lacking) + " — expected " + form.pattern() + ": "
                        + form.expected(text);
    }
}
