package org.bianmin.seal.internal.verify;

import java.util.Objects;
import java.util.function.Function;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;

/**
 * A check of one side of what is verified: the seal (GB/T 38540-2020 §7.3) or the signer and the
 * signed data (§7.2). Outside its side, and when the facts it judges were not gathered (an earlier
 * step could not read them), the finding is NOT_APPLICABLE; otherwise {@link #judge} decides.
 */
abstract class ScopedCheck implements Check {
    /** The side of a signature a check concerns. */
    enum Scope {
        /** The seal: a seal alone or the seal inside an SES_Signature, not a plain SignedData. */
        SEAL(Subject.SIGNED_DATA, "na.noSeal"),
        /** The signer and the data: an SES_Signature or a SignedData, not a seal alone. */
        SIGNER(Subject.SEAL, "na.sealOnly");

        private final Subject outside;
        private final String reason;

        Scope(Subject outside, String reason) {
            this.outside = outside;
            this.reason = reason;
        }
    }

    private final CheckId id;
    private final Scope scope;
    private final Function<SignatureDiagnostics, ?> facts;

    /**
     * @param facts the facts {@link #judge} needs, null when they were not gathered
     */
    ScopedCheck(CheckId id, Scope scope, Function<SignatureDiagnostics, ?> facts) {
        this.id = Objects.requireNonNull(id, "id");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    /** A check that judges whatever was gathered. */
    ScopedCheck(CheckId id, Scope scope) {
        this(id, scope, d -> d);
    }

    @Override
    public final CheckId id() {
        return id;
    }

    @Override
    public final Finding evaluate(SignatureDiagnostics d, JudgementContext context) {
        if (d.subject() == scope.outside) {
            return Finding.notApplicable(scope.reason);
        }
        if (facts.apply(d) == null) {
            return Finding.notApplicable("na.notEvaluated");
        }
        return judge(d, context);
    }

    /** The finding for a signature within this check's scope whose facts were gathered. */
    abstract Finding judge(SignatureDiagnostics d, JudgementContext context);
}
