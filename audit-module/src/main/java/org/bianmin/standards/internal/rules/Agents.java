package org.bianmin.standards.internal.rules;

import java.util.List;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.PointActivity;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.internal.CheckContext;

/**
 * V-AGENTS: 任务12 一 "代办员可由各村(社区)党支部书记、主任、文书或第一书记、驻村干部等村干部兼任";
 * 任务13 "村级代点人员可拓展到返乡创业青年、网格员、志愿者". From the ledger's agents: at least one village
 * cadre; the others may be returning youth, grid workers or volunteers.
 */
public final class Agents extends LedgerRule {
    public Agents() {
        super("V-AGENTS", "任务12 一、任务13: 代办员由村干部兼任，可拓展到返乡创业青年、网格员、志愿者",
                "agents drawn from village cadres, extended to youth, grid workers, volunteers");
    }

    @Override
    RuleResult judge(PointActivity activity, CheckContext context) {
        List<AgentRole> roles = activity.agentRoles();
        long cadres = roles.stream().filter(AgentRole::villageCadre).count();
        return judge(cadres > 0, roles.size() + " agents registered, " + cadres + " of them village cadres ("
                + roles.stream().map(Enum::name).sorted().distinct().toList() + ")");
    }
}
