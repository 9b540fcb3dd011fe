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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Signing with a seal (用印, docs/requirements.md C-SEAL): the document is hashed as it streams in;
 * then the rules of every use apply, the signature is time-stamped and the use is recorded
 * ({@link SealUses}, whose references to the audit trail, the time-stamp source and the clock
 * decide when the signer is active). In OSGi the key store is the highest-ranked registered one.
 */
@Component(service = SealSigner.class)
public final class SealSignerComponent implements SealSigner {
    private final SealUses uses;
    private final SignatureMaker maker;

    /**
     * A signer outside a framework.
     *
     * @param trail   gives the audit trail at each call, or null when none is registered
     * @param stamper time-stamps every signature
     */
    public SealSignerComponent(SealStore store, SealKeyStore keys, TimeSource clock, Supplier<AuditTrail> trail,
            SignatureTimeStamper stamper) {
        this(new SealUses(store, clock, new AuditEmitter(store, Checks.required(trail, "audit trail supplier"),
                clock), stamper), keys);
    }

    /** The service in OSGi, with the bundle's rules of use and the highest-ranked key store. */
    @Activate
    public SealSignerComponent(@Reference SealUses uses,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys) {
        this.uses = Checks.required(uses, "rules of use");
        this.maker = new SignatureMaker(keys);
    }

    @Override
    public SealSignature sign(String esId, InputStream document, String caseNumber, Actor operator) {
        Checks.text(esId, "esID");
        String theCase = Checks.text(caseNumber, "case number", 64);
        Checks.required(operator, "operator");
        byte[] documentHash = DocumentHash.sm3(document);
        return uses.use(esId, theCase, operator, (seal, at) -> new SealUses.Signed<>(
                maker.make(seal, documentHash, at, SignatureMaker.DETACHED),
                der -> new SealUses.Made<>(new SealSignature(esId, at, Hex.toHexString(documentHash), der), documentHash,
                        der, List.of())));
    }
}
