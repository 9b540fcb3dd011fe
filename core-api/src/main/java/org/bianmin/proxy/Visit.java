package org.bianmin.proxy;

import java.time.Instant;
import org.bianmin.core.Checks;

/**
 * One trip the applicant made for a case (最多跑一次 is measured from these: docs/requirements.md
 * K-ONETRIP).
 *
 * @param caseId  the case
 * @param at      when the applicant came
 * @param purpose why, e.g. {@code "补交材料"}
 */
public record Visit(String caseId, Instant at, String purpose) {
    public Visit {
        caseId = Checks.text(caseId, "case id");
        Checks.required(at, "visit time");
        purpose = Checks.text(purpose, "visit purpose", 200);
    }
}
