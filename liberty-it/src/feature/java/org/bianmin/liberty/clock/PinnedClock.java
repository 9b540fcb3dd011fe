package org.bianmin.liberty.clock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The platform's {@link TimeSource} pinned to a configured start: it begins at {@code start} when the
 * configuration arrives and runs on at the machine's pace, moved forward by the ISO-8601 duration
 * written in {@code step.file} (read again whenever the file changes). For integration tests, so that
 * they see the same days whatever day they run, and step time instead of waiting for it. Active only
 * with configuration PID {@code org.bianmin.clock}; it says so in the log, loudly, because a pinned
 * clock on a real server would date every record wrongly.
 */
@Component(service = TimeSource.class, configurationPid = PinnedClock.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PinnedClock.Config.class)
public class PinnedClock implements TimeSource {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.clock";
    private static final Logger LOG = Logger.getLogger(PinnedClock.class.getName());

    /** Where the clock starts and what moves it. */
    @ObjectClassDefinition(name = "Bianmin pinned clock (tests only)",
            description = "Pins the platform's clock for integration tests. Never configure it on a real server.")
    public @interface Config {
        @AttributeDefinition(name = "Start", description = "ISO-8601 date and time with offset, e.g. 2026-06-15T10:00+08:00")
        String start();

        @AttributeDefinition(name = "Step file", required = false,
                description = "A file holding an ISO-8601 duration (e.g. PT2S, P1D) the clock is moved forward by")
        String step_file() default "";
    }

    private final Instant start;
    private final long startNanos = System.nanoTime();
    private final Path stepFile;
    private volatile FileTime stepRead;
    private volatile Duration step = Duration.ZERO;

    @Activate
    public PinnedClock(Config config) {
        try {
            this.start = OffsetDateTime.parse(config.start()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, PID + " start must be an ISO-8601 date and"
                    + " time with offset like 2026-06-15T10:00+08:00, got '" + config.start() + "'", e);
        }
        this.stepFile = config.step_file() == null || config.step_file().isBlank() ? null : Path.of(config.step_file());
        LOG.warning("the platform clock is PINNED to " + start + " (" + PID + "): for tests only");
    }

    @Override
    public Instant now() {
        return start.plusNanos(System.nanoTime() - startNanos).plus(step());
    }

    private Duration step() {
        if (stepFile == null) {
            return Duration.ZERO;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(stepFile);
            if (!modified.equals(stepRead)) {
                step = Duration.parse(Files.readString(stepFile, StandardCharsets.UTF_8).strip());
                stepRead = modified;
            }
        } catch (IOException | DateTimeParseException e) {
            // no file yet, or one being written: the last step read stands
        }
        return step;
    }
}
