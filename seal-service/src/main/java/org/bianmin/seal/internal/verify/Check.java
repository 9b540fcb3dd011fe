package org.bianmin.seal.internal.verify;

import org.bianmin.seal.CheckId;

/**
 * One check of a signature or seal: a pure function of the diagnostic data and the judgement
 * context (policy, validation time, proof-of-existence time). Each implementation cites the
 * clause it implements.
 */
public interface Check {
    CheckId id();

    Finding evaluate(SignatureDiagnostics diagnostics, JudgementContext context);
}
