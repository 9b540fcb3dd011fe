package org.bianmin.seal;

import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;

/**
 * A request for a township centre's dedicated approval seal (审批服务专用章), the first step of
 * "one seal for approvals" (一枚印章管审批, docs/requirements.md C-SEAL).
 *
 * @param ownerUnit     the body that owns the seal, e.g. 泸定县兴隆镇便民服务中心
 * @param ownerDivision the owner's division code (the township's 9-digit code)
 * @param name          the seal's name, e.g. 泸定县兴隆镇人民政府审批服务专用章
 * @param purpose       the purpose printed below the star, e.g. 审批专用章
 * @param validFrom     start of validity
 * @param validTo       end of validity, after {@code validFrom}
 * @param requestedBy   the administrator who asks; may not approve
 */
public record SealRequest(String ownerUnit, DivisionCode ownerDivision, String name, String purpose,
        Instant validFrom, Instant validTo, Actor requestedBy) {
    public SealRequest {
        ownerUnit = Checks.text(ownerUnit, "owner unit", 100);
        Checks.required(ownerDivision, "owner division code");
        name = Checks.text(name, "seal name", 100);
        purpose = Checks.text(purpose, "purpose", 20);
        Checks.required(validFrom, "valid from");
        Checks.required(validTo, "valid to");
        if (!validTo.isAfter(validFrom)) {
            throw new BianminException(ErrorCode.SEAL_VALIDITY_INVALID,
                    "validity must end after it starts: " + validFrom + " .. " + validTo);
        }
        Checks.required(requestedBy, "requested by");
    }
}
