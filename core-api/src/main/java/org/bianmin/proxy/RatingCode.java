package org.bianmin.proxy;

import java.time.Instant;
import org.bianmin.core.Checks;

/**
 * The code on an applicant's receipt (as text or QR) with which the applicant, not the agent, rates
 * the case (好差评, plan task 16) once it is answered: unguessable (128 random bits), good for one
 * rating, expiring. The ledger keeps only its hash, so it is shown once, when issued.
 *
 * @param caseId    the case it rates
 * @param code      the code, 26 characters A–Z and 2–7 (RFC 4648 base32)
 * @param expiresAt after this it is refused
 */
public record RatingCode(String caseId, String code, Instant expiresAt) {
    public RatingCode {
        caseId = Checks.text(caseId, "case id");
        code = Checks.text(code, "rating code", 64);
        Checks.required(expiresAt, "expires at");
    }

    @Override
    public String toString() {
        return "RatingCode[caseId=" + caseId + ", code=" + code.substring(0, 4) + "…, expiresAt=" + expiresAt + "]";
    }
}
