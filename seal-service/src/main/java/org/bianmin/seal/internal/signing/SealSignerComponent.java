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
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.util.encoders.Hex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Signing with a seal (用印, docs/requirements.md C-SEAL): the document is hashed as it streams in;
 * then the rules of every use apply, the signature is time-stamped and the use is recorded
 * ({@link SealUses}). In OSGi the key store is the highest-ranked registered one; the audit trail
 * is mandatory (without one the signer is not active and the REST API answers 503
 * {@code SERVICE_UNAVAILABLE}) and dynamic; the {@link TimeStampSource} an optional, dynamic
 * reference read at each use (the highest-ranked source: an external TSA when configured, else the
 * county's); the clock a registered
 * {@link TimeSource} or the system clock, and the policy when no time-stamp can be had comes from
 * PID {@value TimeStampingConfig#PID}.
 */
@Component(service = SealSigner.class, configurationPid = TimeStampingConfig.PID)
@Designate(ocd = TimeStampingConfig.class)
public final class SealSignerComponent implements SealSigner {
    @Reference(policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TimeStampSource timeStampSource;

    private final SealUses uses;
    private final SignatureMaker maker;

    /**
     * @param trail   gives the audit trail at each call, or null when none is registered
     * @param stamper time-stamps every signature
     */
    public SealSignerComponent(SealStore store, SealKeyStore keys, TimeSource clock, Supplier<AuditTrail> trail,
            SignatureTimeStamper stamper) {
        this(store, clock, keys, Checks.required(trail, "audit trail supplier"), Checks.required(stamper,
                "time-stamper"), null);
    }

    /** The service in OSGi, on the registry's database, with the audit trail registered at each use. */
    @Activate
    public SealSignerComponent(@Reference SealStorage storage,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            TimeStampingConfig config) {
        this(storage.store(), TimeSource.orSystem(clock), keys, null, null,
                SignatureTimeStamper.WhenUnavailable.parse(config.timestamp_unavailable()));
    }

    /** {@code trail}, {@code stamper} null: the component's own dynamic references, with {@code policy}. */
    private SealSignerComponent(SealStore store, TimeSource clock, SealKeyStore keys, Supplier<AuditTrail> trail,
            SignatureTimeStamper stamper, SignatureTimeStamper.WhenUnavailable policy) {
        this.uses = new SealUses(store, clock, new AuditEmitter(store, trail != null ? trail : () -> auditTrail, clock),
                stamper != null ? stamper : new SignatureTimeStamper(() -> timeStampSource, policy));
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
