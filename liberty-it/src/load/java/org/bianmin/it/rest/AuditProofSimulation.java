package org.bianmin.it.rest;

import java.util.Map;

/** The load of {@link LoadScenario#AUDIT_PROOFS} alone, {@code load.users} virtual users at once. */
public class AuditProofSimulation extends LoadRun {
    public AuditProofSimulation() {
        super(Map.of(LoadScenario.AUDIT_PROOFS, LoadSettings.fromSystem().users()));
    }
}
