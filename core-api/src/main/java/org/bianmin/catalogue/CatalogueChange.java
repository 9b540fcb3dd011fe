package org.bianmin.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * One recorded change of the catalogue (动态调整记录, plan task 8): what changed, why, on what legal
 * basis, from when, by whom, recorded when. Changes are numbered without gaps in the order they were made.
 *
 * @param sequence   the change's number, from 1
 * @param kind       what the change did
 * @param subject    what it changed: an item or bundle code, a grant id, a batch number, a place code
 *                   or a version number
 * @param reason     why
 * @param legalBasis on what basis
 * @param effective  from when it applies
 * @param actor      who made it
 * @param recorded   when it was recorded
 */
public record CatalogueChange(long sequence, ChangeKind kind, String subject, String reason, String legalBasis,
        LocalDate effective, Actor actor, Instant recorded) {
    public CatalogueChange {
        if (sequence < 1) {
            throw org.bianmin.core.BianminException.invalid("change sequence starts at 1, got " + sequence);
        }
        Checks.required(kind, "change kind");
        subject = Checks.text(subject, "change subject", 256);
        reason = Checks.text(reason, "change reason", 1000);
        legalBasis = Checks.text(legalBasis, "change legal basis", 1000);
        Checks.required(effective, "change effective date");
        Checks.required(actor, "change actor");
        Checks.required(recorded, "change record time");
    }
}
