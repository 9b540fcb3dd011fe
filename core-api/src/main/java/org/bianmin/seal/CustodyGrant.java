package org.bianmin.seal;

import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * A custody grant (印章保管授权, docs/requirements.md C-SEAL custodian policy): an operator allowed to
 * sign with a seal from the grant until it is withdrawn. Withdrawn grants stay on record.
 *
 * @param esId        the seal
 * @param operator    who may sign with it
 * @param grantedBy   the administrator who granted it
 * @param grantedAt   when
 * @param withdrawnBy who withdrew it, or null while it holds
 * @param withdrawnAt when it was withdrawn, or null while it holds
 */
public record CustodyGrant(String esId, Actor operator, Actor grantedBy, Instant grantedAt, Actor withdrawnBy,
        Instant withdrawnAt) {
    public CustodyGrant {
        Checks.text(esId, "esID");
        Checks.required(operator, "operator");
        Checks.required(grantedBy, "granted by");
        Checks.required(grantedAt, "granted at");
        if ((withdrawnBy == null) != (withdrawnAt == null)) {
            throw org.bianmin.core.BianminException.invalid("a withdrawn grant names who withdrew it and when, both");
        }
    }

    /** Whether the operator still holds the seal under this grant. */
    public boolean holds() {
        return withdrawnAt == null;
    }
}
