package org.bianmin.proxy;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.core.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The other ledgers a proxy point keeps besides its cases (plan task 11 三, 12 四): the appeal
 * ledger (民意民情诉求调查台账), the special-groups care ledger (特殊人群关爱台账) and the township's
 * inspections of the point (V-SUPERVISE).
 *
 * <p>Every operation is one transaction: when it throws, nothing was written. Failures:
 * {@code PROXY_POINT_NOT_FOUND}, {@code AGENT_NOT_FOUND}, {@code APPEAL_NOT_FOUND},
 * {@code INVALID_ARGUMENT}.
 */
@ProviderType
public interface PointLedgers {
    /** Records an appeal in the appeal ledger and returns it with its id. */
    Appeal recordAppeal(Appeal appeal, Actor actor);

    /** Records the answer to an open appeal. */
    Appeal respondToAppeal(String appealId, String response, LocalDate respondedOn, Actor actor);

    /** The appeals of a point raised in a period. */
    List<Appeal> appeals(String pointId, ReportingPeriod period);

    /** Records an entry of the care ledger and returns it with its id. */
    CareEntry recordCare(CareEntry entry, Actor actor);

    /** The care entries of a point in a period. */
    List<CareEntry> careEntries(String pointId, ReportingPeriod period);

    /** Records a township inspection of a point (V-SUPERVISE). */
    Inspection recordInspection(Inspection inspection, Actor actor);
}
