package org.bianmin.catalogue;

import java.time.LocalDate;
import java.util.Set;
import org.bianmin.core.DivisionCode;

/**
 * A request to grant an item to townships (plan task 10). The catalogue assigns the grant's id unless
 * {@code id} is given (imports keep their ids).
 *
 * @param id             the grant id to use, or null to have one assigned
 * @param itemCode       the item to grant
 * @param batch          the batch number, which must exist
 * @param townships      the townships
 * @param documentNumber the granting document
 * @param effectiveFrom  the first day it applies
 * @param effectiveUntil the last day it applies, or null
 * @param source         {@code DEVOLVED} (上级下放, also when null) or {@code ENTRUSTED} (委托)
 */
public record GrantRequest(String id, String itemCode, int batch, Set<DivisionCode> townships,
        String documentNumber, LocalDate effectiveFrom, LocalDate effectiveUntil, PowerSource source) {
    public GrantRequest {
        // validated as a whole when it becomes a DevolutionGrant
        townships = townships == null ? Set.of() : java.util.Collections.unmodifiableSet(new java.util.HashSet<>(townships));
    }

    /** A request to devolve the item (上级下放), as before grants carried a source. */
    public GrantRequest(String id, String itemCode, int batch, Set<DivisionCode> townships, String documentNumber,
            LocalDate effectiveFrom, LocalDate effectiveUntil) {
        this(id, itemCode, batch, townships, documentNumber, effectiveFrom, effectiveUntil, PowerSource.DEVOLVED);
    }

    /** The grant this request makes under {@code assignedId}. */
    public DevolutionGrant toGrant(String assignedId) {
        return new DevolutionGrant(id != null ? id : assignedId, itemCode, batch, townships, documentNumber,
                effectiveFrom, effectiveUntil, null, source);
    }
}
