package org.bianmin.standards;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * A county-wide standards roll-up: the county total and one roll-up per township.
 *
 * @param county     all sites
 * @param townships  one roll-up per township, ordered by township
 */
public record CountyRollUp(RollUp county, List<RollUp> townships) {
    public CountyRollUp {
        Checks.required(county, "county");
        townships = Checks.list(townships, "townships");
    }
}
