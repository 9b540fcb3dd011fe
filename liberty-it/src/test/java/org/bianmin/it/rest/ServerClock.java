package org.bianmin.it.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.bianmin.core.spi.TimeSource;

/**
 * The test server's clock (PinnedClock, server config clock/pinned.xml): it started at
 * {@code bianmin.clock.start} and is moved forward by writing a duration into its step file, so a
 * test steps time instead of sleeping.
 */
final class ServerClock {
    private static final Path STEP_FILE = Path.of(System.getProperty("bianmin.clock.step.file",
            "target/liberty/wlp/usr/servers/bianmin/clock-step"));
    private ServerClock() {
    }

    /** The day the server started in, in the county's zone. */
    static ZonedDateTime start() {
        return OffsetDateTime.parse(System.getProperty("bianmin.clock.start", "2026-06-15T10:00+08:00"))
                .atZoneSameInstant(TimeSource.CHINA);
    }

    /** How far the steps of earlier tests (and runs) have moved the server's clock. */
    static Duration stepped() {
        return stepped(STEP_FILE);
    }

    /** How far the clock of the server whose step file is {@code stepFile} has been moved. */
    static synchronized Duration stepped(Path stepFile) {
        try {
            return Files.exists(stepFile)
                    ? Duration.parse(Files.readString(stepFile, StandardCharsets.UTF_8).strip()) : Duration.ZERO;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server clock's step from " + stepFile, e);
        }
    }

    /** Moves the server's clock forward by {@code by}, from wherever earlier steps (and runs) left it. */
    static void advance(Duration by) {
        advance(STEP_FILE, by);
    }

    /** Moves forward by {@code by} the clock of the server whose step file is {@code stepFile}. */
    static synchronized void advance(Path stepFile, Duration by) {
        try {
            Duration step = stepped(stepFile).plus(by);
            Path written = Files.writeString(stepFile.resolveSibling("clock-step.tmp"), step.toString(),
                    StandardCharsets.UTF_8);
            Files.move(written, stepFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot step the server clock through " + stepFile, e);
        }
    }
}
