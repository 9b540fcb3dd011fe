package org.bianmin.rest.seal;

import java.time.Instant;
import org.bianmin.core.DivisionCode;

/** The JSON bodies of the seal resources. The acting user always comes from authentication. */
final class SealBodies {
    private SealBodies() {
    }

    /** A request for a centre's approval seal. */
    record NewSeal(String ownerUnit, DivisionCode ownerDivision, String name, String purpose, Instant validFrom,
            Instant validTo) {
    }

    /** A request for the next numbered sub-seal of an approval seal. */
    record NewSubSeal(String siteName, DivisionCode siteDivision) {
    }

    /** A reason, for rejections, suspensions and resumptions. */
    record Reason(String reason) {
    }

    /** A revocation: the reason and, optionally, an effective time not in the future (default now). */
    record Revocation(String reason, Instant effectiveAt) {
    }
}
