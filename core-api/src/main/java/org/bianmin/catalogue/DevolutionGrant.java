package org.bianmin.catalogue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * A grant of a county-level item to one or more townships (赋予乡镇县级行政权力, plan task 10), made in a
 * numbered {@link DevolutionBatch}. It applies from {@code effectiveFrom} through {@code effectiveUntil}
 * (inclusive; open-ended when null) unless withdrawn earlier.
 *
 * @param id             the grant's stable id, e.g. {@code G-000001}
 * @param itemCode       the item granted
 * @param batch          the batch number
 * @param townships      the townships it is granted to (9-digit codes of {@link PlaceKind#TOWNSHIP} places)
 * @param documentNumber the granting document (发文字号)
 * @param effectiveFrom  the first day it applies
 * @param effectiveUntil the last day it applies, or null when open-ended
 * @param withdrawal     its withdrawal, or null while it stands
 * @param source         how the townships come to exercise the power (权力来源): {@code DEVOLVED} (上级下放,
 *                       the default) or {@code ENTRUSTED} (委托, the county department stays responsible); the
 *                       grant's batch is the basis, the county government the granting body
 */
public record DevolutionGrant(String id, String itemCode, int batch, Set<DivisionCode> townships,
        String documentNumber, LocalDate effectiveFrom, LocalDate effectiveUntil, Withdrawal withdrawal,
        PowerSource source) {
    public DevolutionGrant {
        id = Checks.text(id, "grant id", 64);
        itemCode = ServiceItem.checkCode(itemCode);
        Checks.positive(batch, "batch of grant " + id);
        if (townships == null || townships.isEmpty()) {
            throw BianminException.invalid("grant " + id + " must name at least one township");
        }
        TreeSet<DivisionCode> sorted = new TreeSet<>(java.util.Comparator.comparing(DivisionCode::value));
        for (DivisionCode township : townships) {
            Checks.required(township, "township of grant " + id);
            if (township.level() != DivisionCode.Level.TOWNSHIP) {
                throw BianminException.invalid("grant " + id + ": " + township + " is not a township code (9 digits)");
            }
            sorted.add(township);
        }
        townships = Collections.unmodifiableSet(sorted);
        documentNumber = Checks.text(documentNumber, "document number of grant " + id, 100);
        Checks.required(effectiveFrom, "effective date of grant " + id);
        if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new BianminException(org.bianmin.core.ErrorCode.DATE_RANGE_INVALID, "grant " + id + " ends on "
                    + effectiveUntil + ", before it takes effect on " + effectiveFrom);
        }
        source = source == null ? PowerSource.DEVOLVED : source;
        if (source != PowerSource.DEVOLVED && source != PowerSource.ENTRUSTED) {
            throw BianminException.invalid("grant " + id + ": a county grant devolves (上级下放) or entrusts (委托) a"
                    + " power, got " + source.label());
        }
    }

    /** A grant that devolves the power (上级下放), as before grants carried a source. */
    public DevolutionGrant(String id, String itemCode, int batch, Set<DivisionCode> townships, String documentNumber,
            LocalDate effectiveFrom, LocalDate effectiveUntil, Withdrawal withdrawal) {
        this(id, itemCode, batch, townships, documentNumber, effectiveFrom, effectiveUntil, withdrawal,
                PowerSource.DEVOLVED);
    }

    /** Whether the grant applies on {@code date}: within its period and not yet withdrawn. */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil))
                && (withdrawal == null || date.isBefore(withdrawal.from()));
    }

    /** The last day the grant applies, taking a withdrawal into account; null when open-ended. */
    public LocalDate lastDay() {
        LocalDate end = effectiveUntil;
        if (withdrawal != null) {
            LocalDate dayBefore = withdrawal.from().minusDays(1);
            end = end == null || dayBefore.isBefore(end) ? dayBefore : end;
        }
        return end;
    }

    /** Whether this grant's period shares a day with {@code other}'s. */
    public boolean overlaps(DevolutionGrant other) {
        LocalDate myEnd = lastDay();
        LocalDate otherEnd = other.lastDay();
        if (myEnd != null && myEnd.isBefore(effectiveFrom) || otherEnd != null && otherEnd.isBefore(other.effectiveFrom)) {
            return false; // withdrawn before it ever applied
        }
        return (myEnd == null || !myEnd.isBefore(other.effectiveFrom))
                && (otherEnd == null || !otherEnd.isBefore(effectiveFrom));
    }

    /** This grant withdrawn as {@code withdrawal} says. */
    public DevolutionGrant withdrawn(Withdrawal value) {
        return new DevolutionGrant(id, itemCode, batch, townships, documentNumber, effectiveFrom, effectiveUntil,
                Checks.required(value, "withdrawal"), source);
    }
}
