package org.bianmin.it.rest;

import java.util.Map;

/**
 * The load of {@link LoadScenario#OFD_SEALING} alone, {@code load.clerks} virtual users at once, each a clerk of its own.
 */
public class OfdSealingSimulation extends LoadRun {
    public OfdSealingSimulation() {
        super(Map.of(LoadScenario.OFD_SEALING, LoadSettings.fromSystem().clerks()));
    }
}
