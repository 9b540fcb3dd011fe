package org.bianmin.proxy;

import java.time.LocalDate;
import org.bianmin.core.Checks;

/**
 * An entry of the public-opinion appeal ledger (民意民情诉求调查台账, plan task 11; docs/requirements.md
 * V-LEDGERS).
 *
 * @param id          the ledger's id (empty when recording a new appeal)
 * @param pointId     the point that heard it
 * @param raisedOn    the day it was raised
 * @param raisedBy    who raised it (a name or "anonymous"); not an ID number
 * @param topic       its topic, e.g. {@code 道路维修}
 * @param content     what was asked
 * @param response    how it was answered, null while open
 * @param respondedOn when it was answered, null while open
 */
public record Appeal(String id, String pointId, LocalDate raisedOn, String raisedBy, String topic, String content,
        String response, LocalDate respondedOn) {
    public Appeal {
        id = Checks.optionalText(id);
        pointId = Checks.text(pointId, "point id", 64);
        Checks.required(raisedOn, "raised on");
        raisedBy = Checks.text(raisedBy, "raised by", 64);
        topic = Checks.text(topic, "topic", 100);
        content = Checks.text(content, "content", 2000);
        response = Checks.optionalText(response);
        if ((response == null) != (respondedOn == null)) {
            throw org.bianmin.core.BianminException.invalid("an appeal's response and its date go together");
        }
    }

    /** A new, open appeal. */
    public static Appeal raised(String pointId, LocalDate raisedOn, String raisedBy, String topic, String content) {
        return new Appeal(null, pointId, raisedOn, raisedBy, topic, content, null, null);
    }

    /** Whether it has been answered. */
    public boolean answered() {
        return response != null;
    }
}
