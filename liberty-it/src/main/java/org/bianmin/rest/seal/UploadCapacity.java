package org.bianmin.rest.seal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's capacity for uploads: its {@link UploadLimits}, and for each {@link UploadWork} one
 * permit per request that may run at once (a fair semaphore a work, so waiting requests are served
 * in order; the works do not take each other's permits). A request that finds no permit free
 * within {@link #WAIT_MILLIS} is refused rather than queued, so that an overloaded server answers
 * at once instead of letting requests hang.
 */
@ApplicationScoped
public class UploadCapacity {
    /** How long a request waits for a permit before it is refused. */
    static final long WAIT_MILLIS = 100;

    private UploadLimits limits;
    private BatchLimits batchLimits;
    private final Map<UploadWork, Semaphore> permits = new EnumMap<>(UploadWork.class);

    @PostConstruct
    void configure() {
        limits = UploadLimits.from(ConfigProvider.getConfig());
        batchLimits = BatchLimits.from(ConfigProvider.getConfig());
        for (UploadWork work : UploadWork.values()) {
            permits.put(work, new Semaphore(limits.permits(work), true));
        }
        try {
            Files.createDirectories(limits.spoolDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the spool directory " + limits.spoolDirectory() + " ("
                    + UploadLimits.SPOOL_DIRECTORY_VARIABLE + ")", e);
        }
    }

    /** The limits in force. */
    public UploadLimits limits() {
        return limits;
    }

    /** The limits of a batch sealing's contents. */
    public BatchLimits batchLimits() {
        return batchLimits;
    }

    /**
     * Takes a permit of {@code work}, waiting at most {@link #WAIT_MILLIS}; whoever gets one must
     * {@link #release(UploadWork)} it.
     *
     * @return whether a permit was taken
     */
    public boolean tryAcquire(UploadWork work) {
        try {
            return permits.get(work).tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives back a permit taken with {@link #tryAcquire(UploadWork)}. */
    public void release(UploadWork work) {
        permits.get(work).release();
    }
}
