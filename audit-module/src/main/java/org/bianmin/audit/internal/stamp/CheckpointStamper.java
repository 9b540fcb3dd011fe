package org.bianmin.audit.internal.stamp;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.spi.TimeStampSource;

/**
 * Time-stamps (时间戳) each new checkpoint through the platform's {@link TimeStampSource}: the
 * RFC 3161 token is over the SM3 hash (GB/T 32905) of the checkpoint note's text — the body that the
 * log's SM2 and Ed25519 signature lines sign (C2SP signed-note: origin, tree size, root hash, each
 * line ending in a line feed), as UTF-8 bytes. The token proves the tree head existed at its
 * {@code genTime}; it does not cover the signature lines, so cosignatures added later leave it valid.
 *
 * <p>When no source is registered, or it fails, the checkpoint is published without a stamp and a
 * warning is logged: a checkpoint is useful without one. Under {@link Policy#REQUIRED} it is refused
 * instead ({@code TIMESTAMP_UNAVAILABLE}), and the publication rolls back whole.
 */
public final class CheckpointStamper {
    private static final System.Logger LOG = System.getLogger(CheckpointStamper.class.getName());

    /** Whether a checkpoint may be published without a time-stamp. */
    public enum Policy {
        /** Publish without a stamp when no authority answers, and say so in the log. */
        OPTIONAL,
        /** Refuse to publish a checkpoint without a stamp. */
        REQUIRED
    }

    /** Stamps nothing: the trail publishes checkpoints without time-stamps. */
    public static final CheckpointStamper NONE = new CheckpointStamper(() -> null, Policy.OPTIONAL);

    private final Supplier<TimeStampSource> source;
    private final Policy policy;

    /** A stamper that asks the source {@code source} supplies at each checkpoint (null when none is registered). */
    public CheckpointStamper(Supplier<TimeStampSource> source, Policy policy) {
        this.source = source;
        this.policy = policy;
    }

    /** The SM3 message imprint of a checkpoint note's text, what the token stamps. */
    public static byte[] imprint(String noteText) {
        return new Sm3Hasher().digest(noteText.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The DER time-stamp token over the checkpoint note whose text is {@code noteText}, or null
     * when the checkpoint is published without one.
     *
     * @throws BianminException {@code TIMESTAMP_UNAVAILABLE} under {@link Policy#REQUIRED} when no
     *         authority is registered or it fails
     */
    public byte[] stamp(long treeSize, String noteText) {
        TimeStampSource authority = source.get();
        if (authority == null) {
            return without(treeSize, "no time-stamp authority (TimeStampSource) is registered", null);
        }
        try {
            return authority.timeStamp(imprint(noteText));
        } catch (BianminException e) {
            return without(treeSize, "the time-stamp authority failed: " + e.getMessage(), e);
        }
    }

    private byte[] without(long treeSize, String why, BianminException cause) {
        if (policy == Policy.REQUIRED) {
            throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE, "the checkpoint of " + treeSize
                    + " entries is not published: it must be time-stamped and " + why, cause);
        }
        LOG.log(Level.WARNING, "the checkpoint of " + treeSize + " entries is published without a time-stamp: " + why);
        return null;
    }
}
