package org.bianmin.it.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time the Liberty server's JVM has used, from Linux's {@code /proc/<pid>/stat} (fields
 * utime and stime, in clock ticks), the server found by the pid file Liberty writes beside its server
 * directories ({@code usr/servers/.pid/<server>.pid}) and checked to run from this build's Liberty.
 */
final class ServerCpu {
    /** Clock ticks a second ({@code getconf CLK_TCK}), 100 on Linux for x86 and ARM. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Path stat;

    private ServerCpu(Path stat) {
        this.stat = stat;
    }

    /** The server whose directory is given, e.g. {@code target/liberty/wlp/usr/servers/bianmin}. */
    static ServerCpu of(Path serverDir) {
        Path pidFile = serverDir.getParent().resolve(".pid").resolve(serverDir.getFileName() + ".pid");
        try {
            String pid = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
            Path proc = Path.of("/proc", pid);
            String command = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
            Path wlp = serverDir.getParent().getParent().getParent().toAbsolutePath().normalize();
            if (!command.contains(wlp.toString())) {
                throw new IllegalStateException("process " + pid + " of " + pidFile + " is not the Liberty of " + wlp);
            }
            return new ServerCpu(proc.resolve("stat"));
        } catch (IOException e) {
            throw new UncheckedIOException("the Liberty server's process: " + pidFile, e);
        }
    }

    /** The CPU seconds (user and system) the server's process has used so far. */
    double seconds() {
        try {
            return secondsOf(Files.readString(stat, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CPU seconds in one {@code /proc/<pid>/stat} line: fields 14 and 15, counted after the command's ")". */
    static double secondsOf(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime field 15
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** The machine's load average over the last minute ({@code /proc/loadavg}). */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
