package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * How an item is handled (GB/T 39554.2 elements 办件类型, 法定办结时限, 承诺办结时限, 到办事现场次数,
 * 网上办理深度, 通办范围, 是否支持物流快递, 是否支持预约办理, 是否支持网上支付).
 *
 * <p>The number of visits to the counter is what K-ONETRIP (最多跑一次) expects of the item: 0 (全程网办
 * or proxied), 1, or 2 for two or more; any visit needs its reason (e.g. 核验原件, 现场勘验).
 *
 * @param kind            即办件 or 承诺件; a 即办件 is promised on the spot (amount 0)
 * @param statutory       the statutory time limit (法定办结时限)
 * @param promised        the promised time limit (承诺办结时限), in the statutory limit's unit and not longer
 * @param counterVisits   visits to the counter (到办事现场次数): 0, 1, or 2 meaning two or more
 * @param visitReason     why the applicant must come (必须现场办理原因), required exactly when visits are not 0
 * @param onlineDepth     how far it can be handled online
 * @param scope           where else it can be handed in (通办范围)
 * @param resultDelivery  whether results are delivered by post (物流快递)
 * @param appointment     whether appointments can be booked (预约办理)
 * @param onlinePayment   whether the fee can be paid online (网上支付)
 * @see "docs/requirements.md K-ONETRIP, C-DISCLOSE"
 */
public record HandlingTerms(ItemKind kind, TimeLimit statutory, TimeLimit promised, int counterVisits,
        String visitReason, OnlineDepth onlineDepth, ServiceScope scope, boolean resultDelivery, boolean appointment,
        boolean onlinePayment) {
    /** The value of {@link #counterVisits()} that stands for two or more visits. */
    public static final int TWO_OR_MORE = 2;

    public HandlingTerms {
        Checks.required(kind, "item kind (即办件 or 承诺件)");
        Checks.required(statutory, "statutory time limit (法定办结时限)");
        Checks.required(promised, "promised time limit (承诺办结时限)");
        if (promised.unit() != statutory.unit()) {
            throw BianminException.invalid("the promised time limit " + promised.text() + " must be counted in the"
                    + " statutory limit's unit (" + statutory.unit().label() + ")");
        }
        if (promised.amount() > statutory.amount()) {
            throw BianminException.invalid("the promised time limit " + promised.text() + " exceeds the statutory "
                    + statutory.text());
        }
        if (kind == ItemKind.IMMEDIATE && promised.amount() != 0) {
            throw BianminException.invalid("a 即办件 is settled on the spot, so its promised time limit is 0, got "
                    + promised.text() + ": make it a 承诺件 or promise 0");
        }
        if (kind == ItemKind.PROMISED && promised.amount() == 0) {
            throw BianminException.invalid("a 承诺件 promises a time limit of at least 1 " + promised.unit().label()
                    + ": make it a 即办件 if it is settled on the spot");
        }
        if (counterVisits < 0 || counterVisits > TWO_OR_MORE) {
            throw BianminException.invalid("visits to the counter (到办事现场次数) are 0, 1 or 2 (two or more), got "
                    + counterVisits);
        }
        visitReason = Checks.optionalText(visitReason);
        if (counterVisits > 0 && visitReason == null) {
            throw BianminException.invalid("an item that needs " + counterVisits
                    + " visit(s) to the counter must say why (必须现场办理原因, e.g. 核验原件)");
        }
        if (counterVisits == 0 && visitReason != null) {
            throw BianminException.invalid("an item with no visit to the counter has no reason to visit, got '"
                    + visitReason + "'");
        }
        Checks.required(onlineDepth, "online depth (网上办理深度)");
        scope = scope == null ? ServiceScope.NONE : scope;
    }

    /**
     * These terms with the given working-day limits where they are counted in working days (the kind
     * following the promise: 即办件 for 0, else 承诺件), explanations kept; other units unchanged.
     */
    public HandlingTerms withWorkingDays(int statutoryDays, int promisedDays) {
        if (statutory.unit() != LimitUnit.WORKING_DAYS) {
            return this;
        }
        return new HandlingTerms(promisedDays == 0 ? ItemKind.IMMEDIATE : ItemKind.PROMISED,
                new TimeLimit(statutoryDays, LimitUnit.WORKING_DAYS, statutory.explanation()),
                new TimeLimit(promisedDays, LimitUnit.WORKING_DAYS, promised.explanation()), counterVisits,
                visitReason, onlineDepth, scope, resultDelivery, appointment, onlinePayment);
    }

    /** Whether the applicant comes at most once (最多跑一次, K-ONETRIP). */
    public boolean atMostOneVisit() {
        return counterVisits <= 1;
    }
}
