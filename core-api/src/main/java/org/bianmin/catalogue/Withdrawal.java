package org.bianmin.catalogue;

import java.time.LocalDate;
import org.bianmin.core.Checks;

/**
 * The withdrawal of a devolution grant (收回): from {@code from} on, the county handles the item again.
 *
 * @param from       the first day the grant no longer applies
 * @param reason     why it was withdrawn
 * @param legalBasis the document or law that withdraws it
 */
public record Withdrawal(LocalDate from, String reason, String legalBasis) {
    public Withdrawal {
        Checks.required(from, "withdrawal date");
        reason = Checks.text(reason, "withdrawal reason", 1000);
        legalBasis = Checks.text(legalBasis, "withdrawal legal basis", 1000);
    }
}
