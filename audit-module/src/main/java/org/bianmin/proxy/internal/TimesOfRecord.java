package org.bianmin.proxy.internal;

import java.time.Duration;
import java.time.Instant;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The ledger's times of record (receipt, answer, visits, moves) come from the server's clock, not
 * from the caller (plan task 12: the ledger is the record; 件件有着落): a time the caller sends is only
 * checked against it. The one exception is a paper case entered late, which keeps the paper's time
 * within a configured window, with a reason, and is flagged.
 *
 * @param lateEntryWindow how far back a late entry's paper time may lie
 */
record TimesOfRecord(Duration lateEntryWindow) {
    /** How far a time the caller sends may lie from the server's clock. */
    static final Duration SKEW = Duration.ofMinutes(5);

    TimesOfRecord {
        if (lateEntryWindow.isNegative() || lateEntryWindow.isZero()) {
            throw BianminException.invalid("the late-entry window must be positive, got " + lateEntryWindow);
        }
    }

    /**
     * The server's {@code now} as the time of record of {@code what}, when {@code sent} (null for none)
     * lies within {@link #SKEW} of it; otherwise {@code INVALID_ARGUMENT}.
     */
    static Instant of(String what, Instant sent, Instant now) {
        if (sent != null && Duration.between(sent, now).abs().compareTo(SKEW) > 0) {
            throw BianminException.invalid("the time of record of " + what + " is the server's (" + now
                    + "), and " + sent + " lies more than " + SKEW.toMinutes() + " minutes from it; a paper case"
                    + " received earlier is entered late, with the paper's time and a reason");
        }
        return now;
    }

    /**
     * The paper time of a late entry, when it lies neither after {@code now} nor before the window;
     * otherwise {@code LATE_ENTRY_INVALID}.
     */
    Instant paperTime(Instant paper, Instant now) {
        if (paper == null) {
            throw new BianminException(ErrorCode.LATE_ENTRY_INVALID, "a late entry names the time its paper form"
                    + " shows (receivedAt)");
        }
        if (paper.isAfter(now)) {
            throw new BianminException(ErrorCode.LATE_ENTRY_INVALID, "a late entry's paper time " + paper
                    + " lies in the future (the server's time is " + now + ")");
        }
        if (paper.isBefore(now.minus(lateEntryWindow))) {
            throw new BianminException(ErrorCode.LATE_ENTRY_INVALID, "a late entry's paper time " + paper
                    + " lies more than " + lateEntryWindow.toDays() + " days back (late.entry.max.days of "
                    + ProxyLedgerConfig.PID + "); ask the county to record it");
        }
        return paper;
    }
}
