package org.bianmin.catalogue;

import java.time.LocalDate;
import org.bianmin.core.Checks;

/**
 * A deadline in working days (办结时限) and whether it is final.
 *
 * @param date        the last day of the limit
 * @param provisional true when a day counted lies in a year whose State Council holiday notice is
 *                    not loaded: that year's working days come from the statutory holiday rules alone
 *                    (《全国年节及纪念日放假办法》), without the make-up working days (调休) the notice
 *                    will add, so the date may still move when the notice is loaded
 */
public record Deadline(LocalDate date, boolean provisional) {
    public Deadline {
        Checks.required(date, "deadline");
    }
}
