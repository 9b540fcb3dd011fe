package org.bianmin.it.felix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL command-line tools an operator backs up and restores with ({@code pg_dump},
 * {@code pg_restore}, {@code createdb}), and a scratch PostgreSQL server of the test's own
 * ({@code initdb}, {@code pg_ctl}) that plays the machine a platform is restored on.
 *
 * <p>Every tool runs in a process of its own with the faketime variables removed from its
 * environment: no code reads the database's clock, and a server under a moved clock serves no purpose.
 */
public final class PostgresTools {
    /** The login of the shared server and of the scratch server (trust authentication on both). */
    public static final String USER = "postgres";

    private PostgresTools() {
    }

    /** Whether {@code program} is on the PATH. */
    static boolean onPath(String program) {
        return onPath(program, System.getenv("PATH")).isPresent();
    }

    private static Optional<Path> onPath(String program, String path) {
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }

    /**
     * The directory of {@code initdb} and {@code pg_ctl}: on the PATH, or the newest
     * {@code /usr/lib/postgresql/<version>/bin} (Debian and Ubuntu keep them off the PATH).
     */
    public static Optional<Path> serverBinaries() {
        Optional<Path> onPath = onPath("initdb", System.getenv("PATH"));
        if (onPath.isPresent()) {
            return Optional.of(onPath.get().getParent());
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(versions)) {
            return dirs.map(dir -> dir.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> versionOf(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Integer versionOf(String name) {
        return name.matches("\\d+") ? Integer.valueOf(name) : 0;
    }

    /** Runs {@code command} and returns what it printed; fails with that output when it exits non-zero. */
    static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.equals("LD_PRELOAD") || name.startsWith("FAKETIME"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish within 60 s: " + String.join(" ", command) + "\n" + output);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("exit " + process.exitValue() + ": " + String.join(" ", command) + "\n" + output);
        }
        return output;
    }

    /** Runs {@code sql} on database {@code database} of the server at {@code port} on 127.0.0.1, auto-committed. */
    public static void execute(int port, String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(port, database), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The pgjdbc URL of {@code database} at 127.0.0.1:{@code port}. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A database name no other run uses. */
    static String uniqueDatabaseName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * A PostgreSQL server of its own, made with {@code initdb} in a fresh directory and listening on
     * 127.0.0.1:{@code port} (and a socket in that directory), trust authentication for
     * {@value #USER}. PostgreSQL refuses to run as root: run by root, the server runs as the
     * operating-system user {@value #USER} through {@code runuser}, in a directory that user owns.
     * It can be stopped and started again on the same data ({@link #stop(String)}, {@link #startAgain()}),
     * as an operator's restart or a database host's outage would.
     */
    public static final class ScratchServer implements AutoCloseable {
        private final Path bin;
        private final Path directory;
        private final List<String> asServerUser;
        private final int port;

        private ScratchServer(Path bin, Path directory, List<String> asServerUser, int port) {
            this.bin = bin;
            this.directory = directory;
            this.asServerUser = asServerUser;
            this.port = port;
        }

        /** Makes and starts the server in a temporary directory. */
        static ScratchServer start(Path bin, int port) throws IOException, InterruptedException {
            return start(bin, port, Files.createTempDirectory("bianmin-pg-"));
        }

        /**
         * Makes and starts the server in {@code directory} (made afresh: what a previous run left
         * there goes), e.g. under the build's target folder where its log stays for a look.
         */
        public static ScratchServer startIn(Path directory, Path bin, int port) throws IOException,
                InterruptedException {
            deleteTree(directory);
            return start(bin, port, Files.createDirectories(directory));
        }

        private static ScratchServer start(Path bin, int port, Path directory) throws IOException,
                InterruptedException {
            boolean root = "root".equals(System.getProperty("user.name"));
            ScratchServer server = new ScratchServer(bin, directory,
                    root ? List.of("runuser", "-u", USER, "--") : List.of(), port);
            try {
                if (root) {
                    UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService()
                            .lookupPrincipalByName(USER);
                    Files.setOwner(directory, owner);
                }
                server.asServerUser(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", USER,
                        "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync");
                server.startAgain();
            } catch (IOException | InterruptedException | AssertionError e) {
                server.delete();
                throw e;
            }
            return server;
        }

        private Path data() {
            return directory.resolve("data");
        }

        private void asServerUser(String... command) throws IOException, InterruptedException {
            List<String> full = new ArrayList<>(asServerUser);
            full.addAll(List.of(command));
            run(full);
        }

        public int port() {
            return port;
        }

        /** The server's log ({@code pg_ctl -l}). */
        public Path log() {
            return directory.resolve("server.log");
        }

        /**
         * Starts the server on its data ({@code pg_ctl start -w}: returns once it accepts connections).
         */
        public void startAgain() throws IOException, InterruptedException {
            asServerUser(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-w", "-l", log().toString(),
                    "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        }

        /**
         * Stops the server and keeps its data ({@code pg_ctl stop -w -m MODE}): {@code fast} ends every
         * session, rolling back open transactions, and shuts down cleanly; {@code immediate} ends the
         * server processes at once, as a crash would, and the next start recovers from the WAL.
         */
        public void stop(String mode) throws IOException, InterruptedException {
            asServerUser(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-w", "-m", mode, "stop");
        }

        /** Stops the server ({@code pg_ctl stop -m fast}) and deletes its directory. */
        @Override
        public void close() throws IOException, InterruptedException {
            try {
                stop("fast");
            } finally {
                delete();
            }
        }

        private void delete() throws IOException {
            deleteTree(directory);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
