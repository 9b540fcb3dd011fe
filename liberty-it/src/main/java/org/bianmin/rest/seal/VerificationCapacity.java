package org.bianmin.rest.seal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's capacity for verification: its {@link VerificationLimits}, and one permit per
 * verification that may run at once (a fair semaphore, so waiting requests are served in order).
 * A request that finds no permit free within {@link #WAIT_MILLIS} is refused rather than queued,
 * so that an overloaded server answers at once instead of letting requests hang.
 */
@ApplicationScoped
public class VerificationCapacity {
    /** How long a request waits for a permit before it is refused. */
    static final long WAIT_MILLIS = 100;

    private VerificationLimits limits;
    private Semaphore permits;

    @PostConstruct
    void configure() {
        limits = VerificationLimits.from(ConfigProvider.getConfig());
        permits = new Semaphore(limits.permits(), true);
        try {
            Files.createDirectories(limits.spoolDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the spool directory " + limits.spoolDirectory()
                    + " (bianmin.verification.spool.dir)", e);
        }
    }

    /** The limits in force. */
    public VerificationLimits limits() {
        return limits;
    }

    /**
     * Takes a permit, waiting at most {@link #WAIT_MILLIS}; whoever gets one must {@link #release()} it.
     *
     * @return whether a permit was taken
     */
    public boolean tryAcquire() {
        try {
            return permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives back a permit taken with {@link #tryAcquire()}. */
    public void release() {
        permits.release();
    }
}
