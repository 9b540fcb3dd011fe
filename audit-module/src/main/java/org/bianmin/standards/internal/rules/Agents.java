package org.bianmin.standards.internal.rules;

import java.util.List;
import java.util.Objects;
import org.bianmin.proxy.AgentRole;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;

/**
 * V-AGENTS: 任务12 一 "代办员可由各村(社区)党支部书记、主任、文书或第一书记、驻村干部等村干部兼任";
 * 任务13 "村级代点人员可拓展到返乡创业青年、网格员、志愿者". At least one agent is a village cadre; the
 * others may be returning youth, grid workers or volunteers. The agents are the ledger's when the room
 * is linked to it, else the {@code role}s of the described staff.
 */
public final class Agents extends SiteRule {
    public Agents() {
        super("V-AGENTS", ROOMS);
    }

    @Override
    public RuleResult check(SiteDescription site, CheckContext context) {
        if (context.activity().isPresent()) {
            return judge(context.activity().get().agentRoles(), "registered in the ledger");
        }
        if (site.staff() == null || site.staff().stream().allMatch(staff -> staff.role() == null)) {
            return notAssessed("no ledger agents (" + context.ledgerNote() + ") and no 'staff[].role'");
        }
        return judge(site.staff().stream().map(SiteDescription.Staff::role).filter(Objects::nonNull).toList(),
                "described");
    }

    private RuleResult judge(List<AgentRole> roles, String source) {
        long cadres = roles.stream().filter(AgentRole::villageCadre).count();
        return judge(cadres > 0, roles.size() + " agents " + source + ", " + cadres + " of them village cadres ("
                + roles.stream().map(Enum::name).sorted().distinct().toList() + ")");
    }
}
