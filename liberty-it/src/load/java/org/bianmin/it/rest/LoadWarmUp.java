package org.bianmin.it.rest;

/**
 * The server's warm-up before the measured simulations: every {@link LoadScenario} at once,
 * {@code load.mixed.users} virtual users in each, for {@code load.warmup} seconds (none by default),
 * so that the figures are of a server whose code the JIT has compiled. The profile runs it first, in
 * an execution of its own whose report {@link LoadSummary} does not read; its name does not end in
 * {@code Simulation}, so the measured execution does not run it again.
 */
public class LoadWarmUp extends LoadRun {
    public LoadWarmUp() {
        super(MixedSimulation.everyScenario(LoadSettings.fromSystem().mixedUsers()),
                LoadSettings.fromSystem().warmingUp());
    }
}
