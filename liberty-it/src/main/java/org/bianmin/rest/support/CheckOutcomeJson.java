package org.bianmin.rest.support;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.bianmin.seal.CheckSeverity;

/**
 * How a check's outcome ({@code org.bianmin.seal.CheckOutcome}) is named in JSON, as a Jackson
 * mix-in: the record's {@code severity} — what the validation policy does when the check does not
 * pass (FAIL the signature, WARN only, IGNORE: not run) — is written as {@code "onFailure"}.
 * Written as "severity", {@code "result":"PASSED","severity":"FAIL"} reads as a failure. The
 * seal module's own JSON report uses the same name.
 */
abstract class CheckOutcomeJson {
    private CheckOutcomeJson() {
    }

    @JsonProperty("onFailure")
    abstract CheckSeverity severity();
}
