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

    @AttributeDefinition(name = "Personal-data key directory", required = false, description = "Directory of"
            + " the personal-data keys, one 48-byte file <key id>.key each (SM4 key and search-index key), readable"
            + " by their owner only; the current key's file is created when missing. Keep it outside the data"
            + " directory and its backups, e.g. /etc/bianmin/keys/proxy. Ignored when a PersonalDataKeyring or"
            + " PersonalDataKeys service is registered. Without it (and without a key file) the key is held in"
            + " memory only, which is allowed with an in-memory database only.")
    String personal_data_key_dir() default "";

    @AttributeDefinition(name = "Current personal-data key id", description = "The id of the key new personal"
            + " data is written under; set a new id to rotate (its file is created in the key directory), then"
            + " run proxy:rekey.")
    String personal_data_key_id() default "1";

    @AttributeDefinition(name = "Legacy personal-data key id", description = "The key id of rows written before"
            + " keys had ids, and of the single key file or registered PersonalDataKeys service.")
    String personal_data_legacy_key_id() default "1";

    @AttributeDefinition(name = "Personal-data key file (single key)", required = false, description = "A single"
            + " 48-byte key file of the time before key ids, holding the key of the legacy key id; created on first"
            + " start, readable by its owner only. Prefer the key directory, which can hold several keys.")
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
