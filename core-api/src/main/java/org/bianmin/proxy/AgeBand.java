package org.bianmin.proxy;

/** How long an unanswered case has waited since receipt, in calendar days. */
public enum AgeBand {
    UP_TO_7_DAYS(7),
    UP_TO_30_DAYS(30),
    UP_TO_90_DAYS(90),
    OVER_90_DAYS(Long.MAX_VALUE);

    private final long maxDays;

    AgeBand(long maxDays) {
        this.maxDays = maxDays;
    }

    /** The band of a case {@code days} old. */
    public static AgeBand of(long days) {
        for (AgeBand band : values()) {
            if (days <= band.maxDays) {
                return band;
            }
        }
        return OVER_90_DAYS;
    }
}
