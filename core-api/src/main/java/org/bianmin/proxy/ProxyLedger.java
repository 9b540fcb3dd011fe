package org.bianmin.proxy;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The village proxy ledger (代办台账, plan tasks 11, 12, 15): cases that village agents collect,
 * check, forward and follow until the applicant has an answer (件件有着落、事事有回音).
 */
@ProviderType
public interface ProxyLedger {
    /** The number of cases in the ledger. */
    long caseCount();
}
