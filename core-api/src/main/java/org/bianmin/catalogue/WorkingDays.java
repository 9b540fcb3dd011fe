package org.bianmin.catalogue;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Working-day arithmetic for statutory and promised time limits (承诺时限), from the deployment's
 * calendar: weekends, public holidays and adjusted working days (调休).
 */
@ProviderType
public interface WorkingDays {
    /** Whether {@code date} is a working day. */
    boolean isWorkingDay(LocalDate date);

    /** The deadline of a case received on {@code received} with a limit of {@code days} working days. */
    LocalDate deadline(LocalDate received, int days);
}
