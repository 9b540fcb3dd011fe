package org.bianmin.it.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One more Open Liberty server of the installed runtime ({@code target/liberty/wlp}), a node beside
 * the server the build started: a server directory made from the configured server {@code bianmin}'s
 * own configuration (server.xml with its includes, the web application, bootstrap properties and
 * variables as the build wrote them), with this node's ports, database schema and bootstrap
 * properties on top, started and stopped with {@code wlp/bin/server}. Its logs stay in its
 * directory ({@code wlp/usr/servers/NAME/logs}) after it stopped.
 *
 * <p>The node's variables go into {@code configDropins/overrides/node.xml}, which Liberty reads after
 * the build's {@code liberty-plugin-variable-config.xml} (overrides are read in name order, the last
 * one wins); its bootstrap properties into {@code bootstrap.properties}, the build's with this
 * node's on top (those that {@code server.xml}'s includes read: {@code bianmin.db}, {@code bianmin.profile},
 * {@code bianmin.clock}).
 */
final class LibertyNode implements AutoCloseable {
    private static final Path WLP = Path.of(System.getProperty("bianmin.liberty.wlp.dir", "target/liberty/wlp"));
    private static final String TEMPLATE = "bianmin";
    /** What of the template server a node takes: its configuration and its application, not its state. */
    private static final List<String> CONFIGURATION = List.of("server.xml", "server.env", "jvm.options", "apps",
            "db", "clock", "profiles", "demo-users.xml", "https-redirect", "configDropins");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final Path directory;
    private final int httpsPort;
    private Long pid;

    private LibertyNode(String name, Path directory, int httpsPort) {
        this.name = name;
        this.directory = directory;
        this.httpsPort = httpsPort;
    }

    /**
     * Makes the server directory of node {@code name} afresh (a previous run's goes, logs included).
     *
     * @param variables server variables on top of the build's, e.g. {@code bianmin.pg.schema}
     * @param bootstrap bootstrap properties on top of the build's, e.g. {@code bianmin.clock.start}
     */
    static LibertyNode create(String name, int httpPort, int httpsPort, Map<String, String> variables,
            Map<String, String> bootstrap) {
        Path template = WLP.resolve("usr/servers").resolve(TEMPLATE);
        Path directory = WLP.resolve("usr/servers").resolve(name);
        try {
            if (!Files.isRegularFile(template.resolve("server.xml"))) {
                throw new IllegalStateException("no configured server at " + template.toAbsolutePath()
                        + ": the build creates it (liberty-maven-plugin) before the integration tests");
            }
            FreshSchema.deleteTree(directory);
            Files.deleteIfExists(pidFile(name));
            Files.createDirectories(directory);
            for (String entry : CONFIGURATION) {
                if (Files.exists(template.resolve(entry))) {
                    copyTree(template.resolve(entry), directory.resolve(entry));
                }
            }
            Properties properties = new Properties();
            Path bootstrapFile = template.resolve("bootstrap.properties");
            if (Files.exists(bootstrapFile)) {
                try (InputStream in = Files.newInputStream(bootstrapFile)) {
                    properties.load(in);
                }
            }
            properties.putAll(bootstrap);
            try (OutputStream out = Files.newOutputStream(directory.resolve("bootstrap.properties"))) {
                properties.store(out, "node " + name + ": the build's bootstrap properties with the node's own");
            }
            Map<String, String> all = new java.util.LinkedHashMap<>(variables);
            all.put("http.port", String.valueOf(httpPort));
            all.put("https.port", String.valueOf(httpsPort));
            Files.createDirectories(directory.resolve("configDropins/overrides"));
            Files.writeString(directory.resolve("configDropins/overrides/node.xml"), all.entrySet().stream()
                    .map(variable -> "  <variable name=\"" + variable.getKey() + "\" value=\"" + variable.getValue()
                            + "\"/>\n")
                    .collect(Collectors.joining("", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- node " + name
                            + " -->\n<server>\n", "</server>\n")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the server directory of node " + name, e);
        }
        return new LibertyNode(name, directory, httpsPort);
    }

    /**
     * A node of the demo profile on PostgreSQL schema {@code schema}, with the demo key stores in
     * {@code keys} and its pinned clock starting at {@code clockStart}. Its ports are
     * {@code bianmin.node.NAME.http.port} and {@code .https.port} where set, else the given ones.
     */
    static LibertyNode demoOnPostgresql(String name, int http, int https, String schema, Path keys,
            java.time.OffsetDateTime clockStart) {
        return demoOnPostgresql(name, http, https, Map.of("bianmin.pg.schema", schema), keys, clockStart);
    }

    /**
     * As {@link #demoOnPostgresql(String, int, int, String, Path, java.time.OffsetDateTime)}, on the
     * PostgreSQL database that {@code database} names with the variables of {@code db/postgresql.xml}
     * ({@code bianmin.pg.port}, {@code bianmin.pg.database}, {@code bianmin.pg.schema}, ...), e.g. a
     * server of the test's own.
     */
    static LibertyNode demoOnPostgresql(String name, int http, int https, Map<String, String> database, Path keys,
            java.time.OffsetDateTime clockStart) {
        int httpPort = Integer.getInteger("bianmin.node." + name + ".http.port", http);
        int httpsPort = Integer.getInteger("bianmin.node." + name + ".https.port", https);
        Map<String, String> bootstrap = new java.util.LinkedHashMap<>();
        bootstrap.put("bianmin.db", "postgresql");
        bootstrap.put("bianmin.profile", "demo");
        bootstrap.put("bianmin.clock", "pinned");
        bootstrap.put("bianmin.clock.start", clockStart.toString());
        bootstrap.put("bianmin.demo.keys.dir", keys.toAbsolutePath().toString());
        bootstrap.put("bianmin.verification.permits", "8");
        bootstrap.put("bianmin.sealing.permits", "8");
        return create("bianmin-node-" + name, httpPort, httpsPort, database, bootstrap);
    }

    /** The node's application is up and the demo data is there (the pilot centres' seals). */
    static boolean demoLoaded(Api auditor) {
        Api.Answer pilots = auditor.get("/api/seals?division=513322102");
        return pilots.status() == 200 && pilots.json().size() > 0;
    }

    /** The installed runtime the nodes are servers of ({@code target/liberty/wlp}). */
    static Path runtime() {
        return WLP;
    }

    /** The node's name, as {@code wlp/bin/server} knows it. */
    String name() {
        return name;
    }

    /** Its REST API's base address over HTTPS. */
    URI base() {
        return URI.create("https://localhost:" + httpsPort);
    }

    /** Its logs (messages.log, console.log, and the output of {@code server start}). */
    Path logs() {
        return directory.resolve("logs");
    }

    /** The step file of its pinned clock (clock/pinned.xml), for {@link ServerClock#advance(Path, Duration)}. */
    Path clockStepFile() {
        return directory.resolve("clock-step");
    }

    /** The process id of its JVM while it runs, e.g. for a test that kills it ({@link #kill()}). */
    long pid() {
        if (pid == null) {
            throw new IllegalStateException("node " + name + " is not running");
        }
        return pid;
    }

    /**
     * Starts the node and waits until {@code ready} holds for its API (the application answers), at
     * most four minutes.
     */
    void start(java.util.function.Predicate<Api> ready) {
        Path output = logs().resolve("server-start.out");
        try {
            run(output, "start");
        } finally {
            // a start that failed or timed out may have left a JVM all the same: stop() ends it
            pid = runningPid();
        }
        if (pid == null) {
            throw new IllegalStateException("node " + name + " left no process id; see " + output);
        }
        Api auditor = Api.as("auditor.zhao").on(base());
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            try {
                if (ready.test(auditor)) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("node " + name + " did not answer within " + START_TIMEOUT
                        + "; see " + logs().toAbsolutePath());
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /** Stops the node ({@code server stop}); if it has not gone within a minute, kills it. */
    void stop() {
        if (pid == null) {
            return;
        }
        try {
            run(logs().resolve("server-stop.out"), "stop");
        } finally {
            ProcessHandle.of(pid).ifPresent(process -> {
                if (!process.onExit().completeOnTimeout(process, 60, TimeUnit.SECONDS).join().isAlive()) {
                    return;
                }
                process.destroyForcibly();
            });
            pid = null;
        }
    }

    /**
     * Kills the node's JVM with SIGKILL, as a crash would end it: no shutdown of any kind. Returns
     * once the process is gone, so the node can be started again at once.
     */
    void kill() {
        ProcessHandle.of(pid()).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().completeOnTimeout(process, 60, TimeUnit.SECONDS).join();
        });
        pid = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Long runningPid() {
        try {
            return Long.valueOf(Files.readString(pidFile(name)).strip());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** Where Liberty keeps the process id of a running server. */
    private static Path pidFile(String name) {
        return WLP.resolve("usr/servers/.pid").resolve(name + ".pid");
    }

    private void run(Path output, String action) {
        try {
            Files.createDirectories(output.getParent());
            ProcessBuilder command = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            command.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = command.start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + name + " did not return; see " + output);
            }
            if (process.exitValue() != 0 && !"stop".equals(action)) {
                throw new IllegalStateException("server " + action + " " + name + " failed (" + process.exitValue()
                        + "): " + Files.readString(output) + "; see " + logs().toAbsolutePath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run server " + action + " " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
