package org.bianmin.it.rest;

import java.util.Map;

/**
 * The load of {@link LoadScenario#SIGNING} alone, {@code load.clerks} virtual users at once, each a clerk of its own.
 */
public class SigningSimulation extends LoadRun {
    public SigningSimulation() {
        super(Map.of(LoadScenario.SIGNING, LoadSettings.fromSystem().clerks()));
    }
}
