package org.bianmin.it.rest;

import java.util.EnumMap;
import java.util.Map;

/** Every {@link LoadScenario} at once, {@code load.mixed.users} virtual users in each. */
public class MixedSimulation extends LoadRun {
    public MixedSimulation() {
        super(everyScenario(LoadSettings.fromSystem().mixedUsers()));
    }

    static Map<LoadScenario, Integer> everyScenario(int users) {
        Map<LoadScenario, Integer> all = new EnumMap<>(LoadScenario.class);
        for (LoadScenario scenario : LoadScenario.values()) {
            all.put(scenario, users);
        }
        return all;
    }
}
