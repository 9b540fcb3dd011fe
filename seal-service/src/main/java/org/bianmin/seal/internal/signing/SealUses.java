package org.bianmin.seal.internal.signing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.SealState;
import org.bianmin.seal.StampLocation;
import org.bianmin.seal.internal.persistence.SealEntity;
import org.bianmin.seal.internal.persistence.SealStorage;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.persistence.StampColumn;
import org.bianmin.seal.internal.persistence.UseEntity;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.registry.AuditEmitter;
import org.bianmin.seal.internal.registry.SealTimeOrder;
import org.bianmin.seal.internal.tsa.VerifiedTimeStamp;
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
 * The rules of every use of a seal (用印, docs/requirements.md C-SEAL) and the record it leaves:
 * the seal must be ACTIVE and inside its validity and the operator must hold custody; then the
 * signature is made, time-stamped, the use recorded (用印登记: who, when, seal, document hash, case
 * number, signature hash, stamps, time-stamp) and sent to the audit trail. Detached signing and OFD
 * sealing both go through here.
 *
 * <p>A use runs in three steps, so that no lock is held while a time-stamp authority is asked (it
 * may be remote, and is bounded only by its client's timeouts and retries) and nothing is ever
 * half-recorded:
 * <ol>
 *   <li><b>Check</b> (a short read transaction): the rules above at the signing time, and the
 *       seal's order of time ({@link SealTimeOrder}: no status change or use of the seal recorded
 *       later, to the second, than this server's clock); a refusal stops here, before any signature
 *       exists.</li>
 *   <li><b>Sign and time-stamp</b> (no transaction, no lock): the signature is made with the seal's
 *       key, then the {@link SignatureTimeStamper} asks for a token over its value (GB/T 38540 §6.1
 *       {@code timeStamp}) and the caller finishes its result around the stamped signature (for an
 *       OFD document, the package is written). If the authority is unavailable its policy refuses
 *       (the default) or lets the signature go without a token. The signature exists only in
 *       memory until the last step: a failure here discards it, unrecorded and never returned.</li>
 *   <li><b>Record</b> (one transaction holding the seal's row lock, as every registry operation
 *       does): the rules are checked again, since the seal may have been suspended or custody
 *       withdrawn meanwhile, a token's genTime must still lie inside the seal's validity, and the
 *       signing time, the genTime and this server's clock now must still keep the seal's order of
 *       time; then the use record, with the SM3 of the final signature (token included, which is
 *       what the verifier's SEAL_STATUS looks up) and the token's genTime and serial, or why there
 *       is none, and the audit event are written together. A refusal here, or an audit trail that refuses
 *       the event, rolls back both and the signature is discarded.</li>
 * </ol>
 * So a signature that leaves this class is always recorded exactly as it was handed out, and a
 * recorded use always names a signature that was handed out.
 *
 * <p>In OSGi this is a component of the bundle's own, which the signer and the OFD sealer share: the
 * audit trail is a mandatory, dynamic reference (without one neither is active, and the REST API
 * answers 503 {@code SERVICE_UNAVAILABLE}); the {@link TimeStampSource} an optional, dynamic one
 * read at each use (the highest-ranked source: an external TSA when configured, else the
 * county's); the clock a registered {@link TimeSource} or the system clock; the policy when no
 * time-stamp can be had comes from PID {@value TimeStampingConfig#PID}.
 */
@Component(service = SealUses.class, configurationPid = TimeStampingConfig.PID)
@Designate(ocd = TimeStampingConfig.class)
public final class SealUses {
    @Reference(policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TimeStampSource timeStampSource;

    private final SealStore store;
    private final TimeSource clock;
    private final AuditEmitter audit;
    private final SignatureTimeStamper stamper;
    private final SealTimeOrder order;
    private final Map<String, SealSigningContext> contexts = new ConcurrentHashMap<>();

    /** The rules of use outside a framework. */
    public SealUses(SealStore store, TimeSource clock, AuditEmitter audit, SignatureTimeStamper stamper) {
        this.store = Checks.required(store, "seal store");
        this.clock = Checks.required(clock, "time source");
        this.audit = Checks.required(audit, "audit");
        this.stamper = Checks.required(stamper, "time-stamper");
        this.order = new SealTimeOrder(store);
    }

    /** The rules of use in OSGi, on the registry's database, with the component's own dynamic references. */
    @Activate
    public SealUses(@Reference SealStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            TimeStampingConfig config) {
        this.store = storage.store();
        this.clock = TimeSource.orSystem(clock);
        this.audit = new AuditEmitter(store, () -> auditTrail, this.clock);
        this.stamper = new SignatureTimeStamper(() -> timeStampSource,
                SignatureTimeStamper.WhenUnavailable.parse(config.timestamp_unavailable()));
        this.order = new SealTimeOrder(store);
    }

    /** What one use made: the caller's result and what the use record holds of it. */
    public record Made<T>(T result, byte[] documentHash, byte[] signatureValue, List<StampLocation> stamps) {
    }

    /**
     * The signature of one use before its time-stamp, and how the caller finishes its result once
     * the stamped signature is known.
     *
     * @param signature the SES_Signature without a token
     * @param finish    given the final SES_Signature (DER, token included when there is one), what the use made
     */
    public record Signed<T>(SESSignature signature, Function<byte[], Made<T>> finish) {
    }

    /** Makes the signature of one use, given the seal and the signing time. */
    @FunctionalInterface
    public interface Signing<T> {
        Signed<T> sign(SealSigningContext seal, Instant at);
    }

    /** The seal's signing context, prepared once per seal. */
    public SealSigningContext context(SealEntity seal) {
        return contexts.computeIfAbsent(seal.esId(),
                id -> SealSigningContext.of(id, seal.keyAlias(), seal.sealDer(), seal.signerCertificate()));
    }

    /**
     * One use of seal {@code esId} by {@code operator} for {@code caseNumber}, if the rules allow it.
     *
     * @throws BianminException SEAL_NOT_FOUND, SEAL_NOT_ACTIVE, SEAL_OUTSIDE_VALIDITY,
     *                          SEAL_OPERATOR_NOT_AUTHORIZED, CLOCK_BEHIND ({@link SealTimeOrder}), or from the
     *                          time-stamp TIMESTAMP_UNAVAILABLE, TIMESTAMP_REFUSED or TIMESTAMP_INVALID; nothing
     *                          is recorded
     */
    public <T> T use(String esId, String caseNumber, Actor operator, Signing<T> signing) {
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        SealSigningContext seal = store.inTransaction(em -> {
            SealEntity usable = requireUsable(store.get(em, esId), em, operator, now);
            order.requireUseInOrder(em, esId, now, null, now);
            return context(usable);
        });
        Signed<T> signed = signing.sign(seal, now);
        SignatureTimeStamper.Stamped stamped = stamper.stamp(signed.signature());
        Made<T> made = signed.finish().apply(stamped.signature().getDerEncoded());
        VerifiedTimeStamp token = stamped.timeStamp();
        return store.inTransaction(em -> {
            SealEntity locked = requireUsable(store.lock(em, esId), em, operator, now);
            if (token != null && token.genTime().isAfter(locked.validTo())) {
                throw new BianminException(ErrorCode.SEAL_OUTSIDE_VALIDITY, "seal " + esId + " is valid to "
                        + locked.validTo() + ", but the signature's time-stamp says " + token.genTime()
                        + "; nothing was recorded");
            }
            order.requireUseInOrder(em, esId, now, token == null ? null : token.genTime(), clock.now());
            String documentHash = Hex.toHexString(made.documentHash());
            String signatureHash = Hex.toHexString(DocumentHash.sm3(made.signatureValue()));
            String stamps = StampColumn.write(made.stamps());
            em.persist(new UseEntity(UUID.randomUUID().toString(), esId, operator.id(), now, documentHash, caseNumber,
                    signatureHash, stamps).timeStamp(token == null ? null : token.genTime(),
                            token == null ? null : token.serial().toString(), stamped.missing()));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("documentHash", documentHash);
            details.put("caseNumber", caseNumber);
            details.put("signatureHash", signatureHash);
            if (stamps != null) {
                details.put("stamps", stamps);
            }
            if (token != null) {
                details.put("timeStamp", token.genTime().toString());
                details.put("timeStampSerial", token.serial().toString());
            } else {
                details.put("timeStampMissing", stamped.missing());
            }
            audit.emit(em, AuditEventType.SEAL_USED, operator, esId, details);
            return made.result();
        });
    }

    /**
     * The seal if {@code operator} may use it at {@code now}. These rules come before the order of
     * time ({@link SealTimeOrder}): a seal that may not sign, e.g. a revoked one, is refused for that
     * whatever the clocks say, since correcting a clock would not let it sign.
     */
    private SealEntity requireUsable(SealEntity seal, EntityManager em, Actor operator, Instant now) {
        String esId = seal.esId();
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
        return seal;
    }
}
