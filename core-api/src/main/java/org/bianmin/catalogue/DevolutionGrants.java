package org.bianmin.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bianmin.core.DivisionCode;
import org.osgi.annotation.versioning.ProviderType;

/**
 * County powers granted to townships in batches (赋予乡镇县级行政权力, 成熟一批、赋予一批、落地一批; plan
 * task 10). Each grant and withdrawal is a recorded change with its reason and legal basis.
 */
@ProviderType
public interface DevolutionGrants {
    /** Adds a batch; fails with {@code BATCH_DUPLICATE_NUMBER}. */
    DevolutionBatch addBatch(DevolutionBatch batch, ChangeNote note);

    /** Every batch, by number. */
    List<DevolutionBatch> batches();

    /**
     * Grants an item to townships. Fails with {@code ITEM_NOT_FOUND} (item never in the catalogue),
     * {@code PLACE_NOT_FOUND} (unknown township), {@code BATCH_NOT_FOUND}, {@code DATE_RANGE_INVALID}
     * (ends before it starts) or {@code GRANT_OVERLAPS} (the same item already granted to one of the
     * townships for an overlapping period).
     */
    DevolutionGrant grant(GrantRequest request, ChangeNote note);

    /**
     * Withdraws a grant from {@code note.effective()} on; fails with {@code GRANT_NOT_FOUND},
     * {@code GRANT_ALREADY_WITHDRAWN}, or {@code DATE_RANGE_INVALID} when that date lies before the
     * grant takes effect.
     */
    DevolutionGrant withdraw(String grantId, ChangeNote note);

    /** The grant with the given id. */
    Optional<DevolutionGrant> find(String grantId);

    /** Every grant of an item, withdrawn ones included, by effective date. */
    List<DevolutionGrant> grantsOf(String itemCode);

    /** The grants that apply to a township on {@code date}. */
    List<DevolutionGrant> grantsTo(DivisionCode township, LocalDate date);
}
