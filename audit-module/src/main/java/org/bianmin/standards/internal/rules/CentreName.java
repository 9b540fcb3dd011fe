package org.bianmin.standards.internal.rules;

import java.util.regex.Pattern;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.SiteKind;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SiteRule;

/**
 * C-NAME: 任务4 二 "名称统一为：'泸定县XX乡镇便民服务中心'，用红字（宋体）横排". The sign text must be
 * the configured county, a township name ending in 乡 or 镇, and 便民服务中心 (便民服务站 for a merged
 * township's station, 任务2); the sign red, Song typeface, horizontal.
 */
public final class CentreName extends SiteRule {
    public CentreName() {
        super("C-NAME", CENTRES, "任务4 二: 名称统一为\"泸定县XX乡镇便民服务中心\"，用红字（宋体）横排",
                "sign reads county + township + 便民服务中心, red Song typeface, horizontal");
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        SiteDescription.Signage sign = site.signage();
        if (sign == null || sign.text() == null) {
            return notAssessed("the description has no 'signage.text'");
        }
        String text = sign.text().replaceAll("\\s+", "");
        String suffix = site.kind() == SiteKind.STATION ? "便民服务(中心|站)" : "便民服务中心";
        Pattern pattern = Pattern.compile("^" + Pattern.quote(context.thresholds().countyName()) + "\\S{1,12}?[乡镇]"
                + suffix + "$");
        boolean named = pattern.matcher(text).matches()
                && (site.township() == null || text.contains(site.township().strip()));
        return conclude(new Findings()
                .part(named, "sign reads '" + text + "', expected " + context.thresholds().countyName() + "XX乡/镇"
                        + (site.kind() == SiteKind.STATION ? "便民服务站" : "便民服务中心")
                        + (site.township() == null ? "" : " naming " + site.township()))
                .part(sign.colour() == null ? null : sign.colour() == SiteCodes.Colour.RED, "red lettering")
                .part(sign.typeface() == null ? null : sign.typeface() == SiteCodes.Typeface.SONG, "Song typeface")
                .part(sign.orientation() == null ? null : sign.orientation() == SiteCodes.Orientation.HORIZONTAL,
                        "horizontal"));
    }
}
