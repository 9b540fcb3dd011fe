package org.bianmin.catalogue;

import java.time.LocalDate;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * Why a catalogue change is made (动态调整, plan task 8): every change names its actor, its reason and
 * its legal basis, and the date from which it applies.
 *
 * @param actor      who makes the change
 * @param reason     why, e.g. {@code 《社会救助暂行办法》修订，调整申请材料}
 * @param legalBasis the law, policy or document that requires it (调整依据)
 * @param effective  the first day the change applies (for items and bundles) or the withdrawal date
 *                   (for grants); it also dates a publication's snapshot
 */
public record ChangeNote(Actor actor, String reason, String legalBasis, LocalDate effective) {
    public ChangeNote {
        Checks.required(actor, "actor of the change");
        reason = Checks.text(reason, "reason of the change", 1000);
        legalBasis = Checks.text(legalBasis, "legal basis of the change", 1000);
        Checks.required(effective, "effective date of the change");
    }
}
