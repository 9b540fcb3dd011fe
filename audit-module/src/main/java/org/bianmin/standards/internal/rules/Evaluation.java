package org.bianmin.standards.internal.rules;

import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteCodes.Equipment;
import org.bianmin.standards.SiteCodes.Facility;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;

/** C-EVAL: 任务16 三 "乡镇便民服务中心摆放评价器或张贴评价二维码，通过'好差评'倒逼窗口人员提供有温度有质量的服务". */
public final class Evaluation extends SiteRule {
    public Evaluation() {
        super("C-EVAL", CENTRES);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        Boolean device = has(site.equipment(), Equipment.EVALUATION_DEVICE);
        Boolean code = has(site.facilities(), Facility.EVALUATION_QR);
        if (Boolean.TRUE.equals(device) || Boolean.TRUE.equals(code)) {
            return pass(Boolean.TRUE.equals(device) ? "evaluation device present" : "evaluation QR code posted");
        }
        if (device == null || code == null) {
            return notAssessed("no evaluation device or QR code among what is described");
        }
        return fail("neither an evaluation device nor an evaluation QR code");
    }
}
