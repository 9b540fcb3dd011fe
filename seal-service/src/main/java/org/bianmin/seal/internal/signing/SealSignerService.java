package org.bianmin.seal.internal.signing;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.registry.AuditEmitter;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.util.encoders.Hex;

/**
 * Signing with a seal (用印, docs/requirements.md C-SEAL): the document is hashed as it streams in;
 * then the rules of every use apply and the use is recorded ({@link SealUses}).
 */
public final class SealSignerService implements SealSigner {
    private final SealUses uses;
    private final SignatureMaker maker;

    /** @param trail gives the audit trail at each call, or null when none is registered */
    public SealSignerService(SealStore store, SealKeyStore keys, TimeSource clock, Supplier<AuditTrail> trail) {
        this.uses = new SealUses(store, clock, new AuditEmitter(trail));
        this.maker = new SignatureMaker(keys);
    }

    @Override
    public SealSignature sign(String esId, InputStream document, String caseNumber, Actor operator) {
        Checks.text(esId, "esID");
        String theCase = Checks.text(caseNumber, "case number", 64);
        Checks.required(operator, "operator");
        byte[] documentHash = DocumentHash.sm3(document);
        return uses.use(esId, theCase, operator, (seal, at) -> {
            byte[] der = maker.sign(seal, documentHash, at);
            return new SealUses.Made<>(new SealSignature(esId, at, Hex.toHexString(documentHash), der), documentHash,
                    der, List.of());
        });
    }
}
