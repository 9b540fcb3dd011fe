package org.bianmin.seal.internal.verify;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.Subject;

/**
 * A check with its scope: the seal (GB/T 38540-2020 §7.3), the signer and the signed data (§7.2),
 * or both. Outside its scope, and when the facts it judges were not gathered (an earlier step could
 * not read them), the finding is NOT_APPLICABLE; otherwise {@link #judge} decides.
 */
abstract class ScopedCheck implements Check {
    /** What a check concerns, and why it does not apply to anything else. */
    enum Scope {
        /** Every signature and seal. */
        ANY(Map.of()),
        /** The seal: a seal alone or the seal inside an SES_Signature, not a plain SignedData. */
        SEAL(Map.of(Subject.SIGNED_DATA, "na.noSeal")),
        /** The signer and the data: an SES_Signature or a SignedData, not a seal alone. */
        SIGNER(Map.of(Subject.SEAL, "na.sealOnly")),
        /** The signer as the seal names it: an SES_Signature only. */
        SEALED_SIGNATURE(Map.of(Subject.SEAL, "na.sealOnly", Subject.SIGNED_DATA, "na.noSeal"));

        private final Map<Subject, String> outside;

        Scope(Map<Subject, String> outside) {
            this.outside = outside;
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
        String outside = d.subject() == null ? null : scope.outside.get(d.subject());
        if (outside != null) {
            return Finding.notApplicable(outside);
        }
        if (facts.apply(d) == null) {
            return Finding.notApplicable("na.notEvaluated");
        }
        return judge(d, context);
    }

    /** The finding for a signature within this check's scope whose facts were gathered. */
    abstract Finding judge(SignatureDiagnostics d, JudgementContext context);
}
