package org.bianmin.standards;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * The standards reports of several sites added up, for a township supervisor or the county (plan
 * "三、工作要求（三）强化考核指导": 定期对镇村便民服务标准化规范化建设工作进行检查督导).
 *
 * @param area    the township (as the reports name it) or {@code "county"}
 * @param sites   the site names covered
 * @param summary all results of all sites added up
 * @param rules   per rule, how the sites fared (rules in docs/requirements.md order)
 */
public record RollUp(String area, List<String> sites, Summary summary, List<RuleTally> rules) {
    public RollUp {
        area = Checks.text(area, "area");
        sites = Checks.list(sites, "sites");
        Checks.required(summary, "summary");
        rules = Checks.list(rules, "rules");
    }
}
