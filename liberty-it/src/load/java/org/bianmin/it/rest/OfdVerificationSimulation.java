package org.bianmin.it.rest;

import java.util.Map;

/** The load of {@link LoadScenario#OFD_VERIFICATION} alone, {@code load.users} virtual users at once. */
public class OfdVerificationSimulation extends LoadRun {
    public OfdVerificationSimulation() {
        super(Map.of(LoadScenario.OFD_VERIFICATION, LoadSettings.fromSystem().users()));
    }
}
