package org.bianmin.core.spi;

import java.time.Instant;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The clock a deployment gives Bianmin. Services read the time only through it, so that tests and
 * replays can fix it, and a deployment can use a trusted time source. Without one registered,
 * services use the system clock in {@code Asia/Shanghai}.
 */
@ConsumerType
public interface TimeSource {
    /** China Standard Time, the zone of every date the plan names. */
    ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The current instant. */
    Instant now();

    /** The zone in which dates (deadlines, working days) are reckoned. */
    default ZoneId zone() {
        return CHINA;
    }

    /** The system clock in China Standard Time. */
    static TimeSource system() {
        return Instant::now;
    }

    /**
     * {@code clock}, or the system clock when none is given: what a service uses when a deployment
     * registers no {@link TimeSource} (an optional reference left unbound).
     */
    static TimeSource orSystem(TimeSource clock) {
        return clock == null ? system() : clock;
    }

    /** A clock fixed at {@code instant}, for tests and replays. */
    static TimeSource fixed(Instant instant) {
        return () -> instant;
    }
}
