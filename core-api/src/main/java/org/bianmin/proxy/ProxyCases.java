package org.bianmin.proxy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The cases of the village proxy ledger (代办件, plan tasks 11, 12, 15): agents collect, check,
 * forward and follow each case until the applicant has an answer (件件有着落、事事有回音), under the
 * {@link CaseState} machine; visits and ratings; the ledger's listing and its CSV export.
 *
 * <p>Every operation is one transaction: when it throws, nothing was written. Listings show personal
 * data masked; {@link #applicant(String, Actor, String)} is the only way to read it in clear, and
 * every such read is an audit event ({@code PERSONAL_DATA_READ}).
 *
 * <p>Reach (see {@link ProxyPoints#reach}): every operation that names an actor acts only on the
 * cases of the points the actor reaches. A case outside them is refused with {@code CASE_NOT_FOUND}
 * and the same message as a case that does not exist, so a refusal does not tell whether it exists;
 * a listing of a scope outside them is refused with {@code NOT_PERMITTED}; a lookup by number lists
 * only the cases within reach. An agent bound to a point records cases only as their own agent record.
 * The reads without an actor ({@link #findCase(String)}, {@link #history(String)},
 * {@link #cases(LedgerScope, ReportingPeriod)}, {@link #exportCsv}) are for platform components that
 * act for nobody in particular (reports, standards checks); whatever acts for a person uses the
 * scoped ones.
 *
 * <p>Failures: {@code PROXY_POINT_NOT_FOUND}, {@code AGENT_NOT_FOUND}, {@code CASE_NOT_FOUND},
 * {@code ITEM_NOT_FOUND} (not in the catalogue), {@code CASE_WRONG_STATE} (a move the
 * {@link CaseState} machine forbids), {@code ID_NUMBER_INVALID}, {@code PHONE_INVALID},
 * {@code RATING_INVALID}, {@code INVALID_ARGUMENT}, {@code NOT_PERMITTED}.
 */
@ProviderType
public interface ProxyCases {
    /**
     * Records a received case; its item must be in the catalogue. A walk-in counts as a visit. The
     * time of receipt is the server's clock: {@code receivedAt} may lie at most 5 minutes from it
     * ({@code INVALID_ARGUMENT} otherwise). A paper case entered late ({@link NewCase#lateReason()})
     * keeps the paper's time, which must not lie in the future nor further back than the configured
     * window ({@code LATE_ENTRY_INVALID}), and is flagged as recorded late.
     */
    ProxyCase receive(NewCase newCase, Actor actor);

    /**
     * Checks the presented materials against the catalogue's list: complete → CHECKED and the
     * deadline set from the promised limit in working days; otherwise → RETURNED with a one-time
     * notice (一次性告知) naming every missing material.
     */
    ProxyCase check(String caseId, Set<String> presentedMaterials, Actor actor);

    /** The applicant brought the missing materials: RETURNED → RECEIVED. Counts as a visit. */
    ProxyCase resubmit(String caseId, Actor actor);

    /** CHECKED → FORWARDED to the handling place the catalogue names. */
    ProxyCase forward(String caseId, Actor actor);

    /** FORWARDED → IN_PROGRESS: the centre took it up. */
    ProxyCase startHandling(String caseId, Actor actor);

    /** IN_PROGRESS → DONE. */
    ProxyCase complete(String caseId, String result, Actor actor);

    /** IN_PROGRESS → REJECTED with the centre's reason. */
    ProxyCase reject(String caseId, String reason, Actor actor);

    /**
     * DONE or REJECTED → ANSWERED: the applicant was told, and how. The time of record is the
     * server's clock; {@code toldAt}, when given (null: now), may lie at most 5 minutes from it
     * ({@code INVALID_ARGUMENT}).
     */
    ProxyCase answer(String caseId, AnswerMethod method, Instant toldAt, Actor actor);

    /**
     * Records another trip of the applicant for the case (K-ONETRIP), at the server's time; the
     * visit's time may lie at most 5 minutes from it ({@code INVALID_ARGUMENT}).
     */
    Visit recordVisit(Visit visit, Actor actor);

    /**
     * Refused: a rating (好差评) is the applicant's, given with the code on their receipt
     * ({@link #rateByApplicant}); an agent or any other login cannot rate ({@code NOT_PERMITTED}).
     *
     * @deprecated use {@link #issueRatingCode} and {@link #rateByApplicant}
     */
    @Deprecated
    ProxyCase rate(String caseId, int stars, String comment, Actor actor);

    /**
     * Issues the rating code printed on the applicant's receipt; a new code replaces an unused
     * earlier one. Refused with {@code CASE_WRONG_STATE} once the case is rated.
     */
    RatingCode issueRatingCode(String caseId, Actor actor);

    /**
     * The applicant rates an answered case 1–5 (好差评) with an optional comment, with the code of
     * their receipt, once. An unknown, used or expired code is refused with {@code RATING_CODE_INVALID}
     * (the same message for each); before the answer {@code CASE_WRONG_STATE}, the code staying good.
     */
    ProxyCase rateByApplicant(String code, int stars, String comment);

    /** The case, masked. */
    ProxyCase findCase(String caseId);

    /** The case, masked, when the actor reaches its point; else {@code CASE_NOT_FOUND}. */
    ProxyCase findCase(String caseId, Actor actor);

    /** The case's moves, oldest first. */
    List<CaseTransition> history(String caseId);

    /** The case's moves, oldest first, when the actor reaches its point; else {@code CASE_NOT_FOUND}. */
    List<CaseTransition> history(String caseId, Actor actor);

    /** The cases of a scope received in a period, oldest first, masked. */
    List<ProxyCase> cases(LedgerScope scope, ReportingPeriod period);

    /**
     * The cases of a scope received in a period, oldest first, masked, when the actor reaches the
     * scope; else {@code NOT_PERMITTED}.
     */
    List<ProxyCase> cases(LedgerScope scope, ReportingPeriod period, Actor actor);

    /**
     * One page of the cases of a scope received in a period, oldest first, masked, when the actor
     * reaches the scope; else {@code NOT_PERMITTED}. The period spans at most
     * {@value #MAX_LISTING_DAYS} days ({@code DATE_RANGE_INVALID}).
     */
    CasePage cases(LedgerScope scope, ReportingPeriod period, PageRequest page, Actor actor);

    /** The longest period a paged listing covers. */
    int MAX_LISTING_DAYS = 366;

    /**
     * The ledger (台账) of a scope and period as CSV (RFC 4180, UTF-8 text, header row), one case per
     * line with personal data masked, for export to a spreadsheet.
     */
    String exportCsv(LedgerScope scope, ReportingPeriod period);

    /**
     * Cases of an applicant, found by the exact ID-card number without decrypting the table. The
     * lookup is recorded in the audit trail like a read in clear ({@code PERSONAL_DATA_READ}, the
     * number masked) and refused with {@code NOT_PERMITTED} when it cannot be recorded.
     */
    List<ProxyCase> casesByIdNumber(IdCardNumber idNumber, Actor actor);

    /** Cases with the exact phone number; recorded like {@link #casesByIdNumber}. */
    List<ProxyCase> casesByPhone(PhoneNumber phone, Actor actor);

    /**
     * The applicant of a case in clear. Every call is recorded in the audit trail as
     * {@code PERSONAL_DATA_READ} with the actor and purpose; without an audit trail it is refused.
     */
    Applicant applicant(String caseId, Actor actor, String purpose);

    /** The number of cases in the ledger. */
    long caseCount();
}
