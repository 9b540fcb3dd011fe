package org.bianmin.proxy;

/**
 * Who an agent (代办员) is in the village (plan task 12: 党支部书记、主任、文书或第一书记、驻村干部;
 * task 13: 返乡创业青年、网格员、志愿者). docs/requirements.md V-AGENTS.
 */
public enum AgentRole {
    /** 党支部书记. */
    PARTY_SECRETARY(true),
    /** 村(居)委会主任. */
    DIRECTOR(true),
    /** 文书. */
    CLERK(true),
    /** 第一书记. */
    FIRST_SECRETARY(true),
    /** 驻村干部. */
    RESIDENT_CADRE(true),
    /** 返乡创业青年. */
    RETURNING_YOUTH(false),
    /** 网格员. */
    GRID_WORKER(false),
    /** 志愿者. */
    VOLUNTEER(false);

    private final boolean villageCadre;

    AgentRole(boolean villageCadre) {
        this.villageCadre = villageCadre;
    }

    /** Whether the role is one of the village cadres the plan names first (task 12). */
    public boolean villageCadre() {
        return villageCadre;
    }
}
