package org.bianmin.it.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The load run's table and verdict (profile {@code load}, phase verify, after the server stopped):
 * for every simulation that was to run, its Gatling report's figures (requests, failed, throughput,
 * p50/p95/p99, {@link GatlingReport}) with the server's CPU time per request ({@link ServerCpu},
 * written by the simulation), one row per request in the mixed simulation, and the machine's load
 * average around them. It fails the build if a simulation left no report or
 * reading, or any request failed.
 *
 * <p>Arguments: Gatling's results folder, the folder of the CPU readings, the folder of the compiled
 * simulations, and the warm-up's results folder ({@code LoadWarmUp}: not in the table, but a failed
 * request there fails the build too). With {@code -Dgatling.simulationClass=...} only that
 * simulation was to run.
 */
public final class LoadSummary {
    private LoadSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path readings = Path.of(args[1]);
        List<String> expected = expected(Path.of(args[2]));
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| scenario | requests | failed | req/s | p50 ms | p95 ms | p99 ms | server CPU ms/req |%n"
                        + "|---|---|---|---|---|---|---|---|%n"));
        double lowestLoad = Double.MAX_VALUE;
        double highestLoad = 0;
        for (String simulation : expected) {
            Optional<Path> report = latestReport(results, simulation);
            Path reading = readings.resolve(simulation + ".properties");
            if (report.isEmpty() || !Files.exists(reading)) {
                problems.add(simulation + ": no report or no CPU reading (did it run to its end?)");
                continue;
            }
            Properties cpu = new Properties();
            try (InputStream in = Files.newInputStream(reading)) {
                cpu.load(in);
            }
            double before = Double.parseDouble(cpu.getProperty("loadBefore"));
            double after = Double.parseDouble(cpu.getProperty("loadAfter"));
            lowestLoad = Math.min(lowestLoad, Math.min(before, after));
            highestLoad = Math.max(highestLoad, Math.max(before, after));
            GatlingReport stats = GatlingReport.read(report.get());
            double serverCpu = Double.parseDouble(cpu.getProperty("serverCpuSeconds"));
            table.append(row(simulation.replace("simulation", ""), stats.all(), serverCpu));
            if (simulation.equals("mixedsimulation")) {
                for (GatlingReport.Row request : stats.requests()) {
                    table.append(row("mixed: " + request.name(), request, Double.NaN));
                }
            }
            long failed = stats.all().failed();
            if (failed > 0) {
                problems.add(simulation + ": " + failed + " failed requests (see " + report.get() + ")");
            }
        }
        if (args.length > 3) {
            Optional<Path> warmUp = latestReport(Path.of(args[3]), "loadwarmup");
            long failed = warmUp.isEmpty() ? 0 : GatlingReport.read(warmUp.get()).all().failed();
            if (failed > 0) {
                problems.add("the warm-up: " + failed + " failed requests (see " + warmUp.get() + ")");
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Load (REST API): %s virtual users in a scenario alone (signing and OFD"
                + " sealing: %s clerks; proxy cases: %s agents), %s in each scenario of the mixed one, %s s or %s"
                + " requests at most each, after a warm-up of %s s; load average (1 min) before and after the"
                + " simulations between %.2f and %.2f%n", System.getProperty("load.users"),
                System.getProperty("load.clerks"), System.getProperty("load.agents"),
                System.getProperty("load.mixed.users"), System.getProperty("load.duration"),
                System.getProperty("load.requests"), System.getProperty("load.warmup", "0"), lowestLoad, highestLoad);
        System.out.print(table);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the load failed: " + String.join("; ", problems));
        }
    }

    /** One table row; the server's CPU per request when its reading is given. */
    static String row(String name, GatlingReport.Row stats, double serverCpuSeconds) {
        String cpu = Double.isNaN(serverCpuSeconds) || stats.requests() == 0 ? ""
                : String.format(Locale.ROOT, "%.1f", serverCpuSeconds * 1000 / stats.requests());
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %d | %d | %d | %s |%n", name, stats.requests(),
                stats.failed(), stats.perSecond(), stats.p50(), stats.p95(), stats.p99(), cpu);
    }

    /** The simulations that were to run, by Gatling's id (the class's simple name in lower case). */
    private static List<String> expected(Path classes) throws IOException {
        String chosen = System.getProperty("gatling.simulationClass");
        if (chosen != null && !chosen.isBlank()) {
            return List.of(chosen.substring(chosen.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        }
        try (Stream<Path> files = Files.list(classes.resolve("org/bianmin/it/rest"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Simulation.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).toLowerCase(Locale.ROOT))
                    .sorted().toList();
        }
    }

    /** The newest report of a simulation: Gatling names its folders {@code <id>-<timestamp>}. */
    private static Optional<Path> latestReport(Path results, String simulation) throws IOException {
        if (!Files.isDirectory(results)) {
            return Optional.empty();
        }
        try (Stream<Path> reports = Files.list(results)) {
            return reports.filter(dir -> dir.getFileName().toString().matches(simulation + "-\\d+"))
                    .filter(dir -> Files.exists(dir.resolve("index.html")))
                    .max(Comparator.comparing(dir -> dir.getFileName().toString()));
        }
    }
}
