package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * What a "高效办成一件事" bundle adds to its items: which list it is on, the lead department (牵头部门)
 * and the supporting ones (配合部门), the situations (情形) whose answers select the items that
 * apply, and its one merged application form (一张表).
 *
 * @param list                  the annual list or the county's own (特色清单), or null when not said
 * @param leadDepartment        the lead department, or null
 * @param supportingDepartments the supporting departments, possibly none
 * @param situations            the situations, possibly none (then every item applies)
 * @param applicationForm       the merged application form, or null when not given
 */
public record BundleDetails(BundleList list, String leadDepartment, List<String> supportingDepartments,
        List<Situation> situations, ApplicationForm applicationForm) {
    /** Nothing said beyond the items. */
    public static final BundleDetails NONE = new BundleDetails(null, null, List.of(), List.of(), null);

    public BundleDetails {
        leadDepartment = Checks.optionalText(leadDepartment);
        supportingDepartments = Checks.list(supportingDepartments, "supporting departments");
        situations = Checks.list(situations, "situations");
    }

    /** Details without a merged application form, as before bundles had one. */
    public BundleDetails(BundleList list, String leadDepartment, List<String> supportingDepartments,
            List<Situation> situations) {
        this(list, leadDepartment, supportingDepartments, situations, null);
    }
}
