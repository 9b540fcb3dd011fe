package org.bianmin.it.rest;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A load simulation of the REST API: the given scenarios at once, each with a fixed number of virtual
 * users that loop within the run's bounds ({@link LoadSettings}), over HTTPS to the server the build
 * started. Before the load the scenarios set up what they need through the API; around the load the
 * server's CPU time is read ({@link ServerCpu}) and written for {@link LoadSummary}. No request may
 * fail.
 */
abstract class LoadRun extends Simulation {
    private final List<LoadScenario> scenarios;
    private ServerCpu server;
    private double cpuBefore;
    private double loadBefore;
    private long startNanos;

    LoadRun(Map<LoadScenario, Integer> usersByScenario) {
        this(usersByScenario, LoadSettings.fromSystem());
    }

    LoadRun(Map<LoadScenario, Integer> usersByScenario, LoadSettings settings) {
        this.scenarios = List.copyOf(usersByScenario.keySet());
        List<PopulationBuilder> populations = usersByScenario.entrySet().stream()
                .map(entry -> entry.getKey().scenario(settings).injectOpen(atOnceUsers(entry.getValue())))
                .toList();
        setUp(populations)
                .protocols(http.baseUrl(Api.base().toString()).acceptHeader("application/json"))
                .maxDuration(settings.duration().plus(Duration.ofMinutes(2)))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        scenarios.forEach(LoadScenario::setUp);
        server = ServerCpu.of(Path.of(System.getProperty("bianmin.load.server.dir")));
        loadBefore = ServerCpu.loadAverage();
        cpuBefore = server.seconds();
        startNanos = System.nanoTime();
    }

    /** The run's folder: the CPU readings, and what the simulations share ({@code bianmin.load.work.dir}). */
    static Path workDir() {
        return Path.of(System.getProperty("bianmin.load.work.dir", "target/load"));
    }

    @Override
    public void after() {
        double cpu = server.seconds() - cpuBefore;
        double wall = (System.nanoTime() - startNanos) / 1e9;
        Path dir = workDir();
        String id = getClass().getSimpleName().toLowerCase(Locale.ROOT);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(id + ".properties"), String.format(Locale.ROOT,
                    "serverCpuSeconds=%.2f%nwallSeconds=%.2f%nloadBefore=%.2f%nloadAfter=%.2f%n",
                    cpu, wall, loadBefore, ServerCpu.loadAverage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
