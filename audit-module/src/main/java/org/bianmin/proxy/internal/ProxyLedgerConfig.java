package org.bianmin.proxy.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The proxy ledger's settings, configuration PID {@value #PID}: read by {@link ProxyCasesComponent}
 * (the personal-data keys), {@link ProxyReportsComponent} (the good rating of K-RATING) and both
 * {@link ProxyCasesComponent} and {@link ProxyPointsComponent} (the logins that reach the whole county).
 */
@ObjectClassDefinition(name = "Bianmin proxy ledger",
        description = "The village proxy ledger (代办台账): personal-data keys and indicator settings.")
public @interface ProxyLedgerConfig {
    /** The configuration PID. */
    String PID = "org.bianmin.proxy.ledger";

    @AttributeDefinition(name = "Personal-data key file", required = false, description = "48-byte file with"
            + " the SM4 key and the search-index key, created on first start (e.g. ./bianmin-data/proxy-personal-data.key);"
            + " ignored when a PersonalDataKeys service is registered. Without it the keys are held in memory only,"
            + " which is allowed with an in-memory database only.")
    String personal_data_key_file() default "";

    @AttributeDefinition(name = "Good rating", description = "The lowest rating (1–5) that counts as good for"
            + " K-RATING.", min = "1", max = "5")
    int good_rating() default 4;

    @AttributeDefinition(name = "County-wide logins", required = false, description = "Platform logins that"
            + " read and act on every point of the county (county supervisors, auditors). Other logins reach"
            + " only the points and townships the county assigns them; without an assignment, nothing.")
    String[] county_logins() default {};

    @AttributeDefinition(name = "Late-entry window (days)", description = "How many days back the paper time"
            + " of a paper case entered late may lie; older paper cases are refused (LATE_ENTRY_INVALID).",
            min = "1", max = "366")
    int late_entry_max_days() default 30;
}
