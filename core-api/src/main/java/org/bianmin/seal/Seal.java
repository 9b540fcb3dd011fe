package org.bianmin.seal;

import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * A seal of the registry as callers see it: identity, owner, state and validity. The seal's
 * GB/T 38540 structure, picture and certificate are read through {@link SealRegistry}.
 *
 * @param esId          the seal identifier (esID): 6-digit division code + 8-digit sequence
 * @param parentEsId    for a numbered sub-seal the parent approval seal's esID, otherwise null
 * @param number        the sub-seal number (1, 2, 3 …), 0 for the centre's own approval seal
 * @param ownerUnit     the owning body; for a sub-seal, the site that uses it (its picture shows the
 *                      centre's name)
 * @param ownerDivision the owner's (or, for a sub-seal, the site's) division code
 * @param name          the seal's name; a sub-seal's name ends with its number, e.g. "(1)"
 * @param purpose       the purpose printed below the star
 * @param state         the lifecycle state
 * @param validFrom     start of validity
 * @param validTo       end of validity
 * @param requestedBy   who requested it
 * @param approvedBy    who approved it, null until approved
 */
public record Seal(String esId, String parentEsId, int number, String ownerUnit, DivisionCode ownerDivision,
        String name, String purpose, SealState state, Instant validFrom, Instant validTo, Actor requestedBy,
        Actor approvedBy) {
    public Seal {
        esId = Checks.text(esId, "esID");
        Checks.nonNegative(number, "sub-seal number");
        if ((number == 0) != (parentEsId == null)) {
            throw BianminException.invalid("a sub-seal has both a parent and a number; a centre seal neither");
        }
        Checks.text(ownerUnit, "owner unit");
        Checks.required(ownerDivision, "owner division");
        Checks.text(name, "seal name");
        Checks.text(purpose, "purpose");
        Checks.required(state, "state");
        Checks.required(validFrom, "valid from");
        Checks.required(validTo, "valid to");
        Checks.required(requestedBy, "requested by");
    }

    /** Whether this is a numbered sub-seal. */
    public boolean isSubSeal() {
        return parentEsId != null;
    }

    /** Whether {@code instant} lies within the seal's validity. */
    public boolean validAt(Instant instant) {
        return !instant.isBefore(validFrom) && !instant.isAfter(validTo);
    }
}
