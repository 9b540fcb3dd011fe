package org.bianmin.standards.internal.rules;

import org.bianmin.proxy.PointActivity;
import org.bianmin.standards.RuleResult;
import org.bianmin.standards.SiteDescription;
import org.bianmin.standards.internal.CheckContext;
import org.bianmin.standards.internal.SiteRule;

/**
 * A village rule computed from the proxy ledger, never from the description: NOT_ASSESSED when the
 * room is not linked to a ledger point ({@code proxyPointId}) or no ledger is available.
 */
abstract class LedgerRule extends SiteRule {
    LedgerRule(String id) {
        super(id, ROOMS);
    }

    abstract RuleResult judge(PointActivity activity, CheckContext context);

    @Override
    public final RuleResult check(SiteDescription site, CheckContext context) {
        return context.activity().map(activity -> judge(activity, context))
                .orElseGet(() -> notAssessed("computed from the proxy ledger: " + context.ledgerNote()));
    }
}
