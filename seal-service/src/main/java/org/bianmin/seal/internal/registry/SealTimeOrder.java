package org.bianmin.seal.internal.registry;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.SealTransition;
import org.bianmin.seal.internal.persistence.SealStore;

/**
 * Keeps a seal's history (its lifecycle steps and its use register, 用印登记) in one order of time
 * when several servers whose clocks may differ record into one database. A use is refused
 * {@code CLOCK_BEHIND} when
 * <ul>
 *   <li>its signing time (this server's clock when the use began) or the genTime of its time-stamp
 *       token is before the seal's latest recorded status change (activation, suspension,
 *       resumption, revocation: every lifecycle step, by the time it was recorded), or</li>
 *   <li>this server's clock, when it records the use, is before the latest use already in the
 *       seal's register;</li>
 * </ul>
 * and a status change is refused {@code CLOCK_BEHIND} when this server's clock, when it records the
 * change, is before the seal's latest recorded use or status change.
 *
 * <p>Why: SEAL_STATUS judges the seal's state at the signing time against its recorded
 * transitions (GB/T 38540-2020 §7.3, the seal's status at signing). A use dated before an
 * activation recorded by a server whose clock is ahead stays INDETERMINATE, and one dated before a
 * suspension or revocation would pass as "signed while active" although it came after it. A
 * suspension or revocation recorded by a server whose clock lags, dated before uses already made,
 * would turn those uses, made while the seal was active, into "signed while suspended". A register
 * whose times go backwards no longer tells in which order the seal was used. (A revocation that
 * takes effect earlier, {@code effectiveAt}, is a decision recorded as such, not a clock's error:
 * what is compared is the time it was recorded.)
 *
 * <p>The register is compared with the clock at recording, not with the use's own signing time or
 * token: uses of one seal run at once (the lock is taken only to record), so one that began a
 * moment earlier may be recorded after one that began later, with an earlier signing time and
 * genTime, on servers whose clocks agree. Every time in the register was read from a clock before it
 * was committed, and the use is recorded after that commit, so a clock that agrees reads no earlier.
 *
 * <p>Times are compared to the second, with no further tolerance: the signing time a signature
 * carries is a GeneralizedTime truncated to the second (GB/T 38540 {@code timeInfo}), and the
 * verifier counts a transition from the start of the second in which it took effect, so a use in
 * the same second as the latest change is judged after it, and so is in order.
 *
 * <p>Call it in the transaction that records the use or the change, after taking the seal's row
 * lock: every lifecycle step and every use of the seal takes that lock first, so what it reads is
 * the database's committed state and stays so until the use or the change is recorded.
 */
public final class SealTimeOrder {
    private static final System.Logger LOG = System.getLogger(SealTimeOrder.class.getName());
    private static final String SERVER_CLOCK = "this server's clock";
    private static final String TOKEN_CLOCK = "the signature's time-stamp (the time-stamp authority's clock)";
    private static final String USE = "the use";
    private static final String CHANGE = "the status change";

    private final SealStore store;

    public SealTimeOrder(SealStore store) {
        this.store = store;
    }

    /**
     * Fails with {@code CLOCK_BEHIND} unless a use of seal {@code esId} signed at {@code signedAt},
     * time-stamped at {@code genTime} (null without a token) and recorded at {@code recordedAt} (this
     * server's clock now) keeps the seal's order of time; logs a warning when it does not.
     */
    public void requireUseInOrder(EntityManager em, String esId, Instant signedAt, Instant genTime,
            Instant recordedAt) {
        store.latestTransition(em, esId).ifPresent(change -> {
            requireNotBefore(USE, esId, SERVER_CLOCK, signedAt, describe(change), change.at());
            requireNotBefore(USE, esId, TOKEN_CLOCK, genTime, describe(change), change.at());
        });
        requireAfterLatestUse(USE, em, esId, recordedAt);
    }

    /**
     * Fails with {@code CLOCK_BEHIND} unless a status change of seal {@code esId} recorded at
     * {@code recordedAt} (this server's clock now) keeps the seal's order of time; logs a warning
     * when it does not.
     */
    public void requireChangeInOrder(EntityManager em, String esId, Instant recordedAt) {
        store.latestTransition(em, esId).ifPresent(
                change -> requireNotBefore(CHANGE, esId, SERVER_CLOCK, recordedAt, describe(change), change.at()));
        requireAfterLatestUse(CHANGE, em, esId, recordedAt);
    }

    private void requireAfterLatestUse(String record, EntityManager em, String esId, Instant recordedAt) {
        requireNotBefore(record, esId, SERVER_CLOCK, recordedAt, "its latest recorded use",
                store.latestUseTime(em, esId).orElse(null));
    }

    private static String describe(SealTransition change) {
        return "its latest status change (" + (change.from() == null ? "" : change.from() + " to ") + change.to() + ")";
    }

    /** {@code record}: what would be recorded, {@link #USE} or {@link #CHANGE}. */
    private static void requireNotBefore(String record, String esId, String clock, Instant time, String what,
            Instant recorded) {
        if (time == null || recorded == null
                || !time.truncatedTo(ChronoUnit.SECONDS).isBefore(recorded.truncatedTo(ChronoUnit.SECONDS))) {
            return;
        }
        String message = clock + " reads " + time + ", " + seconds(Duration.between(time, recorded))
                + " s behind " + what + " of seal " + esId + ", recorded at " + recorded
                + "; " + record + " would be dated before it, so nothing was recorded. The clocks of all servers"
                + " sharing the database, and of the time-stamp authority, must be synchronised (NTP); retry once they"
                + " are";
        LOG.log(System.Logger.Level.WARNING, message);
        throw new BianminException(ErrorCode.CLOCK_BEHIND, message);
    }

    /** A duration in seconds, with milliseconds when it has any ({@code 5}, {@code 4.25}). */
    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
