package org.bianmin.standards.internal.rules;

import java.util.regex.Pattern;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.Findings;
import org.bianmin.standards.internal.SiteRule;

/**
 * V-SIXONE: 任务11 一 "规范落实'六个一'，即：统一悬挂'XX乡(镇)XX村(社区)便民服务室(代办点)'牌子；完善一部
 * 办事指南、制作一张明白卡、建立一本台账，设置一个公示栏" (the plan names five of the six). The sign may
 * start with the configured county name, as the annex-2 names do (泸定县兴隆镇和平村).
 */
public final class SixOnes extends SiteRule {
    public SixOnes() {
        super("V-SIXONE", ROOMS);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        Findings findings = new Findings();
        SiteDescription.Signage sign = site.signage();
        if (sign == null || sign.text() == null) {
            findings.part(null, "sign XX乡(镇)XX村(社区)便民服务室(代办点)");
        } else {
            String text = sign.text().replaceAll("\\s+", "");
            Pattern pattern = Pattern.compile("^(" + Pattern.quote(context.thresholds().countyName())
                    + ")?\\S{1,12}?[乡镇]\\S{1,12}?(村|社区)便民服务(室|代办点)$");
            findings.part(pattern.matcher(text).matches(), "sign reads '" + text + "'");
        }
        findings.part(has(site.facilities(), Facility.SERVICE_GUIDE), "service guide (办事指南)")
                .part(has(site.facilities(), Facility.PLAIN_CARD), "plain-language card (明白卡)")
                .part(has(site.facilities(), Facility.LEDGER), "ledger (台账)")
                .part(has(site.facilities(), Facility.BULLETIN_BOARD), "bulletin board (公示栏)");
        return conclude(findings);
    }
}
