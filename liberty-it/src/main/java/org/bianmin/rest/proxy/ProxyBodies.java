package org.bianmin.rest.proxy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.LedgerAssignment;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.SpecialNeed;
import org.bianmin.proxy.SpecialService;

/** The JSON bodies of the proxy ledger resources. The acting user always comes from authentication. */
final class ProxyBodies {
    private ProxyBodies() {
    }

    /** An agent of a point: ledger id, name and role. */
    record NewAgent(String id, String name, AgentRole role) {
    }

    /** The applicant as the agent records them; the numbers are encrypted at rest and masked in output. */
    record Applicant(String name, String idNumber, String phone) {
    }

    /**
     * A case on receipt, recorded at the server's time ({@code receivedAt}, when sent, at most 5 minutes
     * from it); with {@code lateReason} a paper case entered late, {@code receivedAt} then being the
     * paper's time. {@code agentId} defaults to the caller's own agent record at the point.
     */
    record NewCase(String pointId, String agentId, Applicant applicant, String itemCode, Instant receivedAt,
            Channel channel, Set<SpecialNeed> needs, Set<SpecialService> services, String lateReason) {
    }

    /** The materials the applicant presented (names as in the catalogue). */
    record Materials(Set<String> presented) {
    }

    /** The result of handling. */
    record Result(String result) {
    }

    /** A reason for a rejection. */
    record Reason(String reason) {
    }

    /** How the applicant was told the result; recorded at the server's time ({@code toldAt}, if sent, within 5 minutes of it). */
    record Answer(AnswerMethod method, Instant toldAt) {
    }

    /** The applicant's rating, 1 to 5 stars. */
    record Rating(Integer stars, String comment) {
    }

    /** A login bound to an agent record of a point ({@code pointId}, {@code agentId}) or to a township. */
    record NewAssignment(String login, String pointId, String agentId, String township) {
    }

    /** What the caller reaches: the county, or townships and points, and the assignments behind them. */
    record Reach(String login, List<LedgerScope> scopes, List<LedgerAssignment> assignments) {
    }

    /** The applicant's rating with the code of their receipt. */
    record ApplicantRating(String code, Integer stars, String comment) {
    }

    /** A rating was recorded. */
    record Rated(int stars) {
    }

    /**
     * A case as received, with the rating code for the applicant's receipt, shown this once: the
     * case's fields, then {@code ratingCode} and {@code ratingCodeExpiresAt}.
     */
    record ReceivedCase(@com.fasterxml.jackson.annotation.JsonUnwrapped ProxyCase proxyCase, String ratingCode,
            Instant ratingCodeExpiresAt) {
    }
}
