package org.bianmin.seal.internal.signing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.SealState;
import org.bianmin.seal.StampLocation;
import org.bianmin.seal.internal.persistence.SealEntity;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.persistence.StampColumn;
import org.bianmin.seal.internal.persistence.UseEntity;
import org.bianmin.seal.internal.registry.AuditEmitter;

/**
 * The rules of every use of a seal (用印, docs/requirements.md C-SEAL) and the record it leaves, in
 * one transaction: the seal must be ACTIVE and inside its validity and the operator must hold
 * custody; then the signature is made, the use recorded (用印登记: who, when, seal, document hash,
 * case number, signature hash, stamps) and sent to the audit trail. A refusal, or a failure while
 * signing, leaves no record. Detached signing and OFD sealing both go through here.
 */
public final class SealUses {
    private final SealStore store;
    private final TimeSource clock;
    private final AuditEmitter audit;
    private final Map<String, SealSigningContext> contexts = new ConcurrentHashMap<>();

    public SealUses(SealStore store, TimeSource clock, AuditEmitter audit) {
        this.store = Checks.required(store, "seal store");
        this.clock = Checks.required(clock, "time source");
        this.audit = Checks.required(audit, "audit");
    }

    /** What one use made: the caller's result and what the use record holds of it. */
    public record Made<T>(T result, byte[] documentHash, byte[] signatureValue, List<StampLocation> stamps) {
    }

    /** Makes the signature of one use, given the seal and the signing time. */
    @FunctionalInterface
    public interface Signing<T> {
        Made<T> sign(SealSigningContext seal, Instant at);
    }

    /** The seal's signing context, prepared once per seal. */
    public SealSigningContext context(SealEntity seal) {
        return contexts.computeIfAbsent(seal.esId(),
                id -> SealSigningContext.of(id, seal.keyAlias(), seal.sealDer(), seal.signerCertificate()));
    }

    /**
     * One use of seal {@code esId} by {@code operator} for {@code caseNumber}, if the rules allow it.
     *
     * @throws BianminException SEAL_NOT_FOUND, SEAL_NOT_ACTIVE, SEAL_OUTSIDE_VALIDITY or SEAL_OPERATOR_NOT_AUTHORIZED
     */
    public <T> T use(String esId, String caseNumber, Actor operator, Signing<T> signing) {
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
            Made<T> made = signing.sign(context(seal), now);
            String documentHash = org.bouncycastle.util.encoders.Hex.toHexString(made.documentHash());
            String signatureHash = org.bouncycastle.util.encoders.Hex.toHexString(
                    DocumentHash.sm3(made.signatureValue()));
            String stamps = StampColumn.write(made.stamps());
            em.persist(new UseEntity(UUID.randomUUID().toString(), esId, operator.id(), now, documentHash, caseNumber,
                    signatureHash, stamps));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("documentHash", documentHash);
            details.put("caseNumber", caseNumber);
            details.put("signatureHash", signatureHash);
            if (stamps != null) {
                details.put("stamps", stamps);
            }
            audit.emit(AuditEventType.SEAL_USED, operator, esId, details);
            return made.result();
        });
    }
}
