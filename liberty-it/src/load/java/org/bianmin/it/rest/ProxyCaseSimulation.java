package org.bianmin.it.rest;

import java.util.Map;

/**
 * The load of {@link LoadScenario#PROXY_CASES} alone, {@code load.agents} virtual users at once, each an agent of its own.
 */
public class ProxyCaseSimulation extends LoadRun {
    public ProxyCaseSimulation() {
        super(Map.of(LoadScenario.PROXY_CASES, LoadSettings.fromSystem().agents()));
    }
}
