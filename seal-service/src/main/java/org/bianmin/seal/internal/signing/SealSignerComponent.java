package org.bianmin.seal.internal.signing;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealSigner;
import org.bianmin.seal.SealState;
import org.bianmin.seal.internal.persistence.SealEntity;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.persistence.UseEntity;
import org.bianmin.seal.internal.registry.AuditEmitter;
import org.bianmin.seal.internal.persistence.SealStorage;
import org.bianmin.seal.spi.SealKeyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.bouncycastle.util.encoders.Hex;

/**
 * Signing with a seal (用印, issue §6): the document is hashed as it streams in; then, in one
 * transaction, the seal must be ACTIVE and inside its validity and the operator must hold custody
 * (the custodian policy); the signature is made, the use recorded (用印登记: who, when, seal,
 * document hash, case number) and sent to the audit trail. In OSGi the key store is the
 * highest-ranked registered one, the audit trail an optional, dynamic reference read at each use,
 * and the clock a registered {@link TimeSource} or the system clock.
 */
@Component(service = SealSigner.class)
public final class SealSignerComponent implements SealSigner {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    private final SealStore store;
    private final SignatureMaker maker;
    private final TimeSource clock;
    private final AuditEmitter audit;
    private final Map<String, SealSigningContext> contexts = new ConcurrentHashMap<>();

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
        this.store = Checks.required(store, "seal store");
        this.maker = new SignatureMaker(keys);
        this.clock = Checks.required(clock, "time source");
        this.audit = new AuditEmitter(trail != null ? trail : () -> auditTrail);
    }

    @Override
    public SealSignature sign(String esId, InputStream document, String caseNumber, Actor operator) {
        Checks.text(esId, "esID");
        String theCase = Checks.text(caseNumber, "case number", 64);
        Checks.required(operator, "operator");
        byte[] documentHash = DocumentHash.sm3(document);
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        return store.inTransaction(em -> {
            SealEntity seal = store.get(em, esId);
            if (!SealState.valueOf(seal.state()).canSign()) {
                throw new BianminException(ErrorCode.SEAL_NOT_ACTIVE,
                        "seal " + esId + " is " + seal.state() + "; only an ACTIVE seal signs");
            }
            if (now.isBefore(seal.validFrom()) || now.isAfter(seal.validTo())) {
                throw new BianminException(ErrorCode.SEAL_OUTSIDE_VALIDITY, "seal " + esId + " is valid from "
                        + seal.validFrom() + " to " + seal.validTo() + ", not at " + now);
            }
            if (store.activeCustody(em, esId, operator.id()).isEmpty()) {
                throw new BianminException(ErrorCode.SEAL_OPERATOR_NOT_AUTHORIZED, operator
                        + " holds no custody of seal " + esId + "; a seal administrator must grant it first");
            }
            SealSigningContext context = contexts.computeIfAbsent(esId,
                    id -> SealSigningContext.of(id, seal.keyAlias(), seal.sealDer(), seal.signerCertificate()));
            byte[] der = maker.sign(context, documentHash, now);
            String hash = Hex.toHexString(documentHash);
            String signatureHash = Hex.toHexString(DocumentHash.sm3(der));
            em.persist(new UseEntity(UUID.randomUUID().toString(), esId, operator.id(), now, hash, theCase,
                    signatureHash));
            audit.emit(AuditEventType.SEAL_USED, operator, esId,
                    Map.of("documentHash", hash, "caseNumber", theCase, "signatureHash", signatureHash));
            return new SealSignature(esId, now, hash, der);
        });
    }
}
