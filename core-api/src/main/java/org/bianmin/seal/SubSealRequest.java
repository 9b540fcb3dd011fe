package org.bianmin.seal;

import org.bianmin.core.Actor;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;

/**
 * A request for a numbered sub-seal (印章编号管理) of a centre's active approval seal, for one of
 * its other sites (a station of a merged township, 便民服务站). The registry assigns the next
 * number; numbers are never reused.
 *
 * @param parentEsId   the esID of the centre's active approval seal
 * @param siteName     the site that will use the sub-seal, e.g. 泸定县兴隆镇沙坝便民服务站
 * @param siteDivision the site's division code
 * @param requestedBy  the administrator who asks; may not approve
 */
public record SubSealRequest(String parentEsId, String siteName, DivisionCode siteDivision, Actor requestedBy) {
    public SubSealRequest {
        parentEsId = Checks.text(parentEsId, "parent esID");
        siteName = Checks.text(siteName, "site name", 100);
        Checks.required(siteDivision, "site division code");
        Checks.required(requestedBy, "requested by");
    }
}
