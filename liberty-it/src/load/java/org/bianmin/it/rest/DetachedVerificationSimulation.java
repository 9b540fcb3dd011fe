package org.bianmin.it.rest;

import java.util.Map;

/** The load of {@link LoadScenario#DETACHED_VERIFICATION} alone, {@code load.users} virtual users at once. */
public class DetachedVerificationSimulation extends LoadRun {
    public DetachedVerificationSimulation() {
        super(Map.of(LoadScenario.DETACHED_VERIFICATION, LoadSettings.fromSystem().users()));
    }
}
