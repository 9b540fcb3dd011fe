package org.bianmin.proxy;

import org.bianmin.core.Checks;

/**
 * One page of a listing of cases, masked, and the request for the next page.
 *
 * @param cases the cases of this page, in the listing's order
 * @param next  the request for the next page, or null when this page is the last
 */
public record CasePage(java.util.List<ProxyCase> cases, PageRequest next) {
    public CasePage {
        cases = Checks.list(cases, "cases");
    }
}
