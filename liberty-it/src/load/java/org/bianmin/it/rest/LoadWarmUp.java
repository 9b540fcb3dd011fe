package org.bianmin.it.rest;

/**
 * The server's warm-up before the measured simulations: every {@link LoadScenario} at once,
 * {@code load.mixed.users} virtual users in each, for {@code load.warmup} seconds (none by default),
 * so that the figures are of a server whose code the JIT has compiled. With {@code -Dload.warmup} the
 * profile {@code load-warm-up} runs it after the server's start, before the measured simulations, in
 * a Gatling execution of its own: {@link LoadSummary} leaves its report out of the table, but a failed
 * request in it fails the build. Its name does not end in {@code Simulation}, so the measured
 * execution does not run it again.
 */
public class LoadWarmUp extends LoadRun {
    public LoadWarmUp() {
        super(MixedSimulation.everyScenario(LoadSettings.fromSystem().mixedUsers()),
                LoadSettings.fromSystem().warmingUp());
    }
}
