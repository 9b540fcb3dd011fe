package org.bianmin.proxy;

/**
 * How a case reached the point (plan task 12: 上门服务、预约服务).
 */
public enum Channel {
    /** The applicant came to the point; counts as a visit. */
    WALK_IN(true),
    /** The agent went to the applicant's home. */
    HOME_VISIT(false),
    /** The applicant came at a booked time; counts as a visit. */
    APPOINTMENT(true),
    /** By phone. */
    PHONE(false);

    private final boolean applicantCame;

    Channel(boolean applicantCame) {
        this.applicantCame = applicantCame;
    }

    /** Whether receiving a case by this channel means the applicant made a trip (K-ONETRIP). */
    public boolean applicantCame() {
        return applicantCame;
    }
}
