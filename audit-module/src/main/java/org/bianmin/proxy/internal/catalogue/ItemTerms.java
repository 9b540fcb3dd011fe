package org.bianmin.proxy.internal.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * What the ledger needs to know about an item for one village on one day (from the catalogue's
 * "who handles it" answer, plan task 10, 12).
 *
 * @param code          the item code
 * @param name          its name
 * @param handlingPlace the township or county centre that handles it, by name
 * @param promisedDays  the promised limit in working days (承诺办结时限)
 * @param materials     the materials always required (申请材料)
 */
public record ItemTerms(String code, String name, String handlingPlace, int promisedDays, List<String> materials) {
    public ItemTerms {
        code = Checks.text(code, "item code");
        name = Checks.text(name, "item name");
        handlingPlace = Checks.text(handlingPlace, "handling place");
        Checks.nonNegative(promisedDays, "promised days");
        materials = Checks.list(materials, "materials");
    }
}
