package org.bianmin.it.rest;

import java.util.Map;

/** The load of {@link LoadScenario#SIGNING} alone, {@code load.users} virtual users at once. */
public class SigningSimulation extends LoadRun {
    public SigningSimulation() {
        super(Map.of(LoadScenario.SIGNING, LoadSettings.fromSystem().users()));
    }
}
