package org.bianmin.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * A "一件事一次办" bundle (plan task 8): related items an applicant gets done in one go, with one merged
 * material list, e.g. the province's 25 "一件事" or a county-specific one.
 *
 * @param code         the bundle's stable code
 * @param name         its name, e.g. {@code 新生儿出生"一件事"}
 * @param itemCodes    the items it groups, in handling order, at least two
 * @param promisedDays the combined promised time limit in working days, or null to state the sum
 *                     of the items' promised limits
 * @param description  what the applicant gets done, or null
 */
public record ServiceBundle(String code, String name, List<String> itemCodes, Integer promisedDays,
        String description) {
    public ServiceBundle {
        code = ServiceItem.checkCode(code);
        name = Checks.text(name, "name of bundle " + code, 200);
        itemCodes = Checks.list(itemCodes, "items of bundle " + code).stream().map(ServiceItem::checkCode).toList();
        if (itemCodes.size() < 2) {
            throw BianminException.invalid("bundle " + code + " must group at least two items");
        }
        Set<String> seen = new HashSet<>();
        for (String item : itemCodes) {
            if (!seen.add(item)) {
                throw BianminException.invalid("bundle " + code + " lists item " + item + " twice");
            }
        }
        if (promisedDays != null) {
            Checks.nonNegative(promisedDays, "promised time limit of bundle " + code);
        }
        description = Checks.optionalText(description);
    }
}
