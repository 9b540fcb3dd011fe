package org.bianmin.seal.internal.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.SubIndication;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.DataFacts;
import org.bianmin.seal.internal.verify.SignatureDiagnostics.ReferenceFacts;

/**
 * DATA_INTACT: the protected data is unchanged — GB/T 38540-2020 §7.2 d): dataHash equals the SM3
 * of the protected data; for OFD (GB/T 33190-2016 §18.2) dataHash covers the Signature.xml and each
 * Reference's CheckValue must equal the digest of its file (CheckMethod SM3, or the vendor reading
 * of HMAC-SM3 as SM3(Z || file)). ETSI EN 319 102-1 §5.2.7: a mismatch is HASH_FAILURE; a missing
 * part is SIGNED_DATA_NOT_FOUND (INDETERMINATE).
 */
public final class DataIntactCheck extends ScopedCheck {
    public DataIntactCheck() {
        super(CheckId.DATA_INTACT, Scope.SIGNER, d -> d.data() == null ? null : d.data().claimed());
    }

    @Override
    Finding judge(SignatureDiagnostics d, JudgementContext context) {
        DataFacts data = d.data();
        if (data.computed() == null) {
            return Finding.indeterminate(SubIndication.SIGNED_DATA_NOT_FOUND, "data.targetMissing", data.target());
        }
        if (!Arrays.equals(data.claimed(), data.computed())) {
            return Finding.failed(SubIndication.HASH_FAILURE, "data.hashMismatch", data.target(),
                    SmCrypto.hex(data.claimed()), SmCrypto.hex(data.computed()));
        }
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ReferenceFacts ref : data.references()) {
            if (ref.actual() == null) {
                missing.add(ref.path());
            } else if (!ref.actual().equals(ref.expected().strip())) {
                changed.add(ref.path());
            }
        }
        if (!changed.isEmpty()) {
            return Finding.failed(SubIndication.HASH_FAILURE, "data.referenceMismatch", String.join(", ", changed));
        }
        if (!missing.isEmpty()) {
            return Finding.indeterminate(SubIndication.SIGNED_DATA_NOT_FOUND, "data.referenceMissing",
                    String.join(", ", missing));
        }
        if (data.references().isEmpty()) {
            return Finding.passed("data.passed", data.target());
        }
        return Finding.passed("data.passedReferences", data.target(), data.references().size());
    }
}
