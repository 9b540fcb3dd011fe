package org.bianmin.proxy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a proxy case (代办件, plan task 12: 收集、审核、上报…及时向群众反馈):
 *
 * <pre>
 * RECEIVED ──check: materials complete──▶ CHECKED ──forward──▶ FORWARDED ──start──▶ IN_PROGRESS
 *    ▲  │                                                                          │        │
 *    │  └─check: materials missing──▶ RETURNED (one-time notice, 一次性告知)       complete   reject
 *    └──────────────resubmit────────────────┘                                      ▼        ▼
 *                                                                                 DONE   REJECTED
 *                                                                                   └─answer─┘
 *                                                                                       ▼
 *                                                                                    ANSWERED
 * </pre>
 * Every other move is refused with {@code CASE_WRONG_STATE}.
 */
public enum CaseState {
    /** Collected by the agent (收集). */
    RECEIVED,
    /** Materials incomplete: the applicant got a one-time notice listing what is missing. */
    RETURNED,
    /** Materials complete per the catalogue (审核); the promised time limit runs from here. */
    CHECKED,
    /** Sent to the township or county centre the catalogue names (上报). */
    FORWARDED,
    /** The centre is handling it. */
    IN_PROGRESS,
    /** Granted or done. */
    DONE,
    /** Refused by the centre, with a reason. */
    REJECTED,
    /** The applicant was told the result (事事有回音); final. */
    ANSWERED;

    /** The states this one may move to. */
    public Set<CaseState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(CHECKED, RETURNED);
            case RETURNED -> EnumSet.of(RECEIVED);
            case CHECKED -> EnumSet.of(FORWARDED);
            case FORWARDED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(DONE, REJECTED);
            case DONE, REJECTED -> EnumSet.of(ANSWERED);
            case ANSWERED -> EnumSet.noneOf(CaseState.class);
        };
    }

    /** Whether the move to {@code target} is allowed. */
    public boolean canMoveTo(CaseState target) {
        return next().contains(target);
    }

    /** Whether the case has a result (done or rejected, told or not). */
    public boolean hasResult() {
        return this == DONE || this == REJECTED || this == ANSWERED;
    }
}
