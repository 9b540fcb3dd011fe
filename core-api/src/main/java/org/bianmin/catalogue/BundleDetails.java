package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * What a "高效办成一件事" bundle adds to its items: which list it is on, the lead department (牵头部门)
 * and the supporting ones (配合部门), and the situations (情形) whose answers select the items that
 * apply.
 *
 * @param list                  the annual list or the county's own (特色清单), or null when not said
 * @param leadDepartment        the lead department, or null
 * @param supportingDepartments the supporting departments, possibly none
 * @param situations            the situations, possibly none (then every item applies)
 */
public record BundleDetails(BundleList list, String leadDepartment, List<String> supportingDepartments,
        List<Situation> situations) {
    /** Nothing said beyond the items. */
    public static final BundleDetails NONE = new BundleDetails(null, null, List.of(), List.of());

    public BundleDetails {
        leadDepartment = Checks.optionalText(leadDepartment);
        supportingDepartments = Checks.list(supportingDepartments, "supporting departments");
        situations = Checks.list(situations, "situations");
    }
}
