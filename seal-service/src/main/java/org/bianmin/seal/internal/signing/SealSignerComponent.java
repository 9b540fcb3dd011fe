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
import org.bianmin.seal.internal.persistence.SealStorage;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.registry.AuditEmitter;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.util.encoders.Hex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Signing with a seal (用印, docs/requirements.md C-SEAL): the document is hashed as it streams in;
 * then the rules of every use apply and the use is recorded ({@link SealUses}). In OSGi the key
 * store is the highest-ranked registered one, the audit trail an optional, dynamic reference read at
 * each use, and the clock a registered {@link TimeSource} or the system clock.
 */
@Component(service = SealSigner.class)
public final class SealSignerComponent implements SealSigner {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    private final SealUses uses;
    private final SignatureMaker maker;

    /** @param trail gives the audit trail at each call, or null when none is registered */
    public SealSignerComponent(SealStore store, SealKeyStore keys, TimeSource clock, Supplier<AuditTrail> trail) {
        this(store, clock, keys, Checks.required(trail, "audit trail supplier"));
    }

    /** The service in OSGi, on the registry's database, with the audit trail registered at each use. */
    @Activate
    public SealSignerComponent(@Reference SealStorage storage,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock) {
        this(storage.store(), clock == null ? TimeSource.system() : clock, keys, null);
    }

    /** {@code trail} null: the component's own dynamic reference. */
    private SealSignerComponent(SealStore store, TimeSource clock, SealKeyStore keys, Supplier<AuditTrail> trail) {
        this.uses = new SealUses(store, clock, new AuditEmitter(trail != null ? trail : () -> auditTrail));
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
