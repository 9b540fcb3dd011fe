package org.bianmin.it.rest;

import java.util.Map;

/** The load of {@link LoadScenario#WHO_HANDLES} alone, {@code load.users} virtual users at once. */
public class WhoHandlesSimulation extends LoadRun {
    public WhoHandlesSimulation() {
        super(Map.of(LoadScenario.WHO_HANDLES, LoadSettings.fromSystem().users()));
    }
}
