package org.bianmin.seal.internal.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.seal.CustodyGrant;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealProposal;
import org.bianmin.seal.SealRegistry;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealStanding;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealTransition;
import org.bianmin.seal.SealUse;
import org.bianmin.seal.SubSealRequest;
import org.bianmin.seal.internal.persistence.CustodyEntity;
import org.bianmin.seal.internal.persistence.ProposalEntity;
import org.bianmin.seal.internal.persistence.SealEntity;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.persistence.TransitionEntity;
import org.bianmin.seal.internal.persistence.UseEntity;
import org.bianmin.seal.internal.picture.SealPictureRenderer;
import org.bianmin.seal.internal.picture.SealPictureSpec;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.bianmin.seal.internal.persistence.SealStorage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The county's seal registry (docs/requirements.md C-SEAL): requests, dual-control approval,
 * making, activation, suspension (挂失), resumption (恢复), revocation and destruction of approval
 * seals and their numbered sub-seals. Every operation is one transaction that locks the seal's row,
 * checks, changes, records the transition and writes the audit event into the registry's audit
 * outbox ({@link AuditEmitter}); any failure leaves nothing, the event included.
 * A back-dated revocation, a resumption and a custody grant need a second person: one administrator
 * proposes, an approver confirms ({@link Proposals}), and only the confirmation changes the seal.
 *
 * <p>In OSGi (PID {@value #PID}) the key store and the seal maker are the highest-ranked registered
 * services (an HSM and a provincial CA win over the embedded defaults, which rank -100); the audit
 * trail is mandatory (without one the registry is not active and the REST API answers 503
 * {@code SERVICE_UNAVAILABLE}) and dynamic, asked after each commit to integrate the outbox (events
 * of operations in flight while it is replaced wait there for the next one); the clock is a registered
 * {@link TimeSource} or the system clock.
 */
@Component(service = SealRegistry.class, immediate = true, configurationPid = SealRegistryComponent.PID)
@Designate(ocd = SealRegistryComponent.Config.class)
public final class SealRegistryComponent implements SealRegistry {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.seal.registry";

    /** The county the registry serves and how its seals look. */
    @ObjectClassDefinition(name = "Bianmin seal registry",
            description = "The county's electronic approval-seal registry (一枚印章管审批).")
    public @interface Config {
        @AttributeDefinition(name = "County division code",
                description = "6-digit GB/T 2260 code of the county; the first 6 digits of every esID.")
        String county_division_code() default "513322";

        @AttributeDefinition(name = "Vendor id", description = "The vid written into every seal's SES_Header.")
        String vendor_id() default "BIANMIN";

        @AttributeDefinition(name = "Picture diameter (mm)", description = "42 mm for township bodies.",
                min = "20", max = "60")
        int picture_diameter_mm() default 42;

        @AttributeDefinition(name = "Seal font file", required = false, description = "A Song-style CJK font;"
                + " empty searches fonts-arphic-uming and fonts-noto-cjk.")
        String font_file() default "";
    }

    private static final int MAX_REASON = 500;
    private static final List<String> LIVE = List.of(SealState.ACTIVE.name(), SealState.SUSPENDED.name());

    private final SealStore store;
    private final SealKeyStore keys;
    private final SealMaker maker;
    private final TimeSource clock;
    private final AuditEmitter audit;
    private final Proposals proposals;
    private final SealTimeOrder order;
    private final RegistrySettings settings;

    @Reference(policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    /**
     * A registry over {@code store}.
     *
     * @param trail gives the audit trail at each call, or null when none is registered
     */
    public SealRegistryComponent(SealStore store, SealKeyStore keys, SealMakerAuthority authority,
            SealPictureRenderer renderer, TimeSource clock, Supplier<AuditTrail> trail, RegistrySettings settings) {
        this(store, keys, authority, renderer, clock, settings, Checks.required(trail, "audit trail supplier"));
    }

    /** The service in OSGi, on the registry's database, with the audit trail registered at each call. */
    @Activate
    public SealRegistryComponent(@Reference SealStorage storage,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealKeyStore keys,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) SealMakerAuthority authority,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        this(storage.store(), keys, authority, SealPictureRenderer.locatingFont(config.font_file()),
                TimeSource.orSystem(clock), new RegistrySettings(
                        DivisionCode.of(config.county_division_code()), config.vendor_id(),
                        config.picture_diameter_mm()), null);
    }

    /** {@code trail} null: the component's own dynamic reference. */
    private SealRegistryComponent(SealStore store, SealKeyStore keys, SealMakerAuthority authority,
            SealPictureRenderer renderer, TimeSource clock, RegistrySettings settings, Supplier<AuditTrail> trail) {
        this.store = Checks.required(store, "seal store");
        this.keys = Checks.required(keys, "key store");
        this.settings = Checks.required(settings, "settings");
        this.maker = new SealMaker(keys, authority, renderer, settings);
        this.clock = Checks.required(clock, "time source");
        this.audit = new AuditEmitter(this.store, trail != null ? trail : () -> auditTrail, this.clock);
        this.proposals = new Proposals(this.store, audit);
        this.order = new SealTimeOrder(this.store);
        store.ensureCounter(settings.esIdCounter());
    }

    @Override
    public Seal request(SealRequest request) {
        Checks.required(request, "seal request");
        Instant now = clock.now();
        if (!request.validTo().isAfter(now)) {
            throw new BianminException(ErrorCode.SEAL_VALIDITY_INVALID, "the requested validity ends "
                    + request.validTo() + ", which is already past; ask for a validity that ends in the future");
        }
        requireInCounty(request.ownerDivision());
        if (request.ownerUnit().length() > SealPictureSpec.MAX_OWNER_NAME) {
            throw BianminException.invalid("the owner's name has " + request.ownerUnit().length()
                    + " characters; at most " + SealPictureSpec.MAX_OWNER_NAME + " fit along the seal's arc");
        }
        return store.inTransaction(em -> {
            String esId = settings.esId(store.nextValue(em, settings.esIdCounter()));
            SealEntity seal = new SealEntity(esId, null, 0, request.ownerUnit(), request.ownerDivision().value(),
                    request.name(), request.purpose(), SealState.REQUESTED.name(), seconds(request.validFrom()),
                    seconds(request.validTo()), request.requestedBy().id(), now);
            em.persist(seal);
            record(em, seal, null, request.requestedBy(), now, now, "requested");
            audit.emit(em, AuditEventType.SEAL_REQUESTED, request.requestedBy(), esId,
                    details("owner", request.ownerDivision().value(), "name", request.name()));
            return seal.toSeal();
        });
    }

    @Override
    public Seal requestSubSeal(SubSealRequest request) {
        Checks.required(request, "sub-seal request");
        requireInCounty(request.siteDivision());
        Instant now = clock.now();
        return store.inTransaction(em -> {
            SealEntity parent = store.lock(em, request.parentEsId());
            if (parent.parentEsId() != null || !SealState.ACTIVE.name().equals(parent.state())
                    || !parent.validTo().isAfter(now)) {
                throw new BianminException(ErrorCode.SEAL_PARENT_NOT_ACTIVE_APPROVAL_SEAL, "seal " + parent.esId()
                        + " is " + (parent.parentEsId() != null ? "itself a sub-seal" : parent.state()
                        + (parent.validTo().isAfter(now) ? "" : " and expired"))
                        + "; numbered sub-seals are issued only for a centre's active approval seal");
            }
            int number = parent.takeNextSubNumber();
            String esId = settings.esId(store.nextValue(em, settings.esIdCounter()));
            Instant from = parent.validFrom().isAfter(now) ? parent.validFrom() : seconds(now);
            SealEntity seal = new SealEntity(esId, parent.esId(), number, request.siteName(),
                    request.siteDivision().value(), parent.sealName() + "(" + number + ")", parent.purpose(),
                    SealState.REQUESTED.name(), from, parent.validTo(), request.requestedBy().id(), now);
            em.persist(seal);
            record(em, seal, null, request.requestedBy(), now, now,
                    "sub-seal (" + number + ") of " + parent.esId() + " for " + request.siteName());
            audit.emit(em, AuditEventType.SEAL_REQUESTED, request.requestedBy(), esId,
                    details("parent", parent.esId(), "number", Integer.toString(number), "site",
                            request.siteDivision().value()));
            return seal.toSeal();
        });
    }

    @Override
    public Seal approve(String esId, Actor approver) {
        return decide(esId, approver, SealLifecycle.APPROVE, "approved");
    }

    @Override
    public Seal reject(String esId, Actor approver, String reason) {
        return decide(esId, approver, SealLifecycle.REJECT, reason(reason));
    }

    private Seal decide(String esId, Actor approver, SealLifecycle action, String reason) {
        Checks.required(approver, "approver");
        Instant now = clock.now();
        return store.inTransaction(em -> {
            SealEntity seal = lockFor(em, esId, action);
            if (seal.requestedBy().equals(approver.id())) {
                throw new BianminException(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, approver + " requested seal " + esId
                        + " and so may not decide on it; a second seal administrator must (dual control)");
            }
            if (action == SealLifecycle.APPROVE) {
                seal.approvedBy(approver.id());
            }
            return transition(em, seal, action, approver, now, now, reason);
        });
    }

    @Override
    public Seal make(String esId, Actor actor) {
        Checks.required(actor, "actor");
        Instant now = clock.now();
        boolean[] keyGenerated = {false};
        try {
            return store.inTransaction(em -> {
                SealEntity seal = lockFor(em, esId, SealLifecycle.MAKE);
                requireNotExpired(seal, now);
                String arcText = seal.ownerUnit();
                if (seal.parentEsId() != null) {
                    SealEntity parent = store.get(em, seal.parentEsId());
                    requireLiveParent(parent, seal);
                    arcText = parent.ownerUnit();
                }
                keyGenerated[0] = true;
                SealMaker.Made made = maker.make(esId, seal.sealName(), arcText, seal.purpose(), seal.subNumber(),
                        seal.validFrom(), seal.validTo(), now);
                seal.made(made.keyAlias(), made.signerCertificate(), made.sealDer(), made.picture().png(),
                        made.picture().svg());
                return transition(em, seal, SealLifecycle.MAKE, actor, now, now, "made");
            });
        } catch (RuntimeException e) {
            if (keyGenerated[0]) {
                discardKey(esId, e);
            }
            throw e;
        }
    }

    /**
     * Destroys the key of a failed making attempt; when that fails too (the key store's disk as full
     * as the database's), the attempt's own failure is the one reported and the next attempt
     * destroys the key first.
     */
    private void discardKey(String esId, RuntimeException failure) {
        try {
            maker.discard(esId);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public Seal activate(String esId, Actor actor) {
        Checks.required(actor, "actor");
        Instant now = clock.now();
        return store.inTransaction(em -> {
            SealEntity seal = lockFor(em, esId, SealLifecycle.ACTIVATE);
            requireNotExpired(seal, now);
            if (seal.parentEsId() == null) {
                List<SealEntity> live = store.centreSealsIn(em, seal.ownerDivision(), LIVE);
                if (!live.isEmpty()) {
                    throw alreadyActive(seal, live.get(0).esId());
                }
                seal.liveCentre(seal.ownerDivision());
                try {
                    em.flush();
                } catch (PersistenceException e) {
                    if (refusedForOtherThanConstraint(e)) {
                        throw e;
                    }
                    // the unique live_centre column: another node activated one at the same moment
                    throw alreadyActive(seal, "(activated concurrently)");
                }
            } else {
                requireLiveParent(store.get(em, seal.parentEsId()), seal);
            }
            return transition(em, seal, SealLifecycle.ACTIVATE, actor, now, now, "activated");
        });
    }

    /**
     * Whether the database gave a reason other than a constraint (SQLSTATE class 23, integrity
     * constraint violation, ISO/IEC 9075-2 §24.1) for refusing a write, such as a full disk (53100).
     */
    private static boolean refusedForOtherThanConstraint(Throwable failure) {
        String state = JpaUnit.sqlState(failure);
        return state != null && !state.startsWith("23");
    }

    @Override
    public Seal suspend(String esId, Actor actor, String reason) {
        return simple(esId, actor, SealLifecycle.SUSPEND, reason(reason));
    }

    /** Refused: a resumption is proposed ({@link #proposeResumption}) and confirmed by a second person. */
    @Override
    @Deprecated(since = "1.7.0")
    public Seal resume(String esId, Actor actor, String reason) {
        throw secondPersonNeeded("resuming seal " + esId, "proposeResumption");
    }

    private Seal simple(String esId, Actor actor, SealLifecycle action, String reason) {
        Checks.required(actor, "actor");
        Instant now = clock.now();
        return store.inTransaction(em -> {
            SealEntity seal = lockFor(em, esId, action);
            return transition(em, seal, action, actor, now, now, reason);
        });
    }

    /**
     * Revokes the seal at once and, for a centre seal, every live sub-seal with it (same reason and
     * time); a back-dated revocation ({@link SealProposal#backDated}) needs a second person.
     */
    @Override
    public Seal revoke(String esId, Actor actor, String reason, Instant effectiveAt) {
        Checks.required(actor, "actor");
        String why = reason(reason);
        Instant now = clock.now();
        Instant effective = effectiveAt == null ? now : effectiveAt;
        requireNotFuture(effective, now);
        if (SealProposal.backDated(effective, now)) {
            throw secondPersonNeeded("a revocation of seal " + esId + " effective at " + effective
                    + ", before it is recorded (" + now + "), rewrites the seal's past and", "proposeRevocation");
        }
        return store.inTransaction(em -> {
            SealEntity seal = lockFor(em, esId, SealLifecycle.REVOKE);
            requireAfterRequest(seal, effective);
            return revokeLocked(em, seal, actor, now, effective, why, Map.of());
        });
    }

    private Seal revokeLocked(EntityManager em, SealEntity seal, Actor actor, Instant now, Instant effectiveAt,
            String why, Map<String, String> extra) {
        seal.liveCentre(null);
        Seal result = transition(em, seal, SealLifecycle.REVOKE, actor, now, effectiveAt, why, extra);
        if (seal.parentEsId() == null) {
            for (SealEntity sub : store.subSeals(em, seal.esId())) {
                SealEntity locked = store.lock(em, sub.esId());
                if (SealLifecycle.REVOKE.allowedFrom(state(locked))) {
                    transition(em, locked, SealLifecycle.REVOKE, actor, now, effectiveAt,
                            why + " (approval seal " + seal.esId() + " revoked)", extra);
                }
            }
        }
        return result;
    }

    @Override
    public Seal destroy(String esId, Actor actor, String reason) {
        Checks.required(actor, "actor");
        String why = reason(reason);
        Instant now = clock.now();
        return store.inTransaction(em -> {
            SealEntity seal = lockFor(em, esId, SealLifecycle.DESTROY);
            Seal result = transition(em, seal, SealLifecycle.DESTROY, actor, now, now, why);
            em.flush();
            if (seal.keyAlias() != null && keys.contains(seal.keyAlias())) {
                keys.destroy(seal.keyAlias());
            }
            return result;
        });
    }

    /** Refused: custody is proposed ({@link #proposeCustody}) and confirmed by a second person. */
    @Override
    @Deprecated(since = "1.7.0")
    public void grantCustody(String esId, Actor operator, Actor grantedBy) {
        throw secondPersonNeeded("granting custody of seal " + esId, "proposeCustody");
    }

    @Override
    public void withdrawCustody(String esId, Actor operator, Actor withdrawnBy) {
        Checks.required(operator, "operator");
        Checks.required(withdrawnBy, "withdrawn by");
        Instant now = clock.now();
        store.inTransaction(em -> {
            store.lock(em, esId);
            List<CustodyEntity> grants = store.activeCustody(em, esId, operator.id());
            if (grants.isEmpty()) {
                throw BianminException.invalid(operator + " holds no custody of seal " + esId);
            }
            grants.forEach(grant -> grant.withdraw(withdrawnBy.id(), now));
            audit.emit(em, AuditEventType.ADMINISTRATION, withdrawnBy, esId,
                    details("action", "custody-withdrawn", "operator", operator.id()));
            return null;
        });
    }

    @Override
    public SealProposal proposeRevocation(String esId, Actor proposer, String reason, Instant effectiveAt) {
        Checks.required(proposer, "proposer");
        String why = reason(reason);
        Checks.required(effectiveAt, "effective time");
        Instant now = clock.now();
        requireNotFuture(effectiveAt, now);
        return store.inTransaction(em -> {
            SealEntity seal = lockFor(em, esId, SealLifecycle.REVOKE);
            requireAfterRequest(seal, effectiveAt);
            return proposals.propose(em, seal, SealProposal.Kind.REVOCATION, proposer, now, why, effectiveAt, null);
        });
    }

    @Override
    public SealProposal proposeResumption(String esId, Actor proposer, String reason) {
        Checks.required(proposer, "proposer");
        String why = reason(reason);
        Instant now = clock.now();
        return store.inTransaction(em -> {
            SealEntity seal = lockFor(em, esId, SealLifecycle.RESUME);
            return proposals.propose(em, seal, SealProposal.Kind.RESUMPTION, proposer, now, why, null, null);
        });
    }

    @Override
    public SealProposal proposeCustody(String esId, Actor operator, Actor proposer, String reason) {
        Checks.required(operator, "operator");
        Checks.required(proposer, "proposer");
        String why = reason == null || reason.isBlank() ? null : reason(reason);
        if (operator.equals(proposer)) {
            throw new BianminException(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION,
                    proposer + " may not propose custody of seal " + esId + " for himself; another administrator must");
        }
        Instant now = clock.now();
        return store.inTransaction(em -> {
            SealEntity seal = store.lock(em, esId);
            requireCustodyAllowed(seal);
            return proposals.propose(em, seal, SealProposal.Kind.CUSTODY, proposer, now, why, null, operator);
        });
    }

    /** Confirms the proposal and makes exactly the change it names, as the approver, in one transaction. */
    @Override
    public SealProposal confirm(String esId, String proposalId, Actor approver) {
        Checks.required(approver, "approver");
        Instant now = clock.now();
        return store.inTransaction(em -> {
            SealEntity seal = store.lock(em, esId);
            ProposalEntity entity = proposals.pending(em, esId, proposalId);
            SealProposal proposal = entity.toProposal();
            Proposals.requireSecondPerson(proposal, approver);
            proposals.requireUnchanged(em, seal, entity);
            SealProposal confirmed = proposals.decide(em, entity, SealProposal.Status.CONFIRMED, approver, now, null);
            Map<String, String> carriedOut = Proposals.carriedOut(proposal);
            switch (proposal.kind()) {
                case REVOCATION -> {
                    SealLifecycle.REVOKE.check(esId, state(seal));
                    revokeLocked(em, seal, approver, now, proposal.effectiveAt(), proposal.reason(), carriedOut);
                }
                case RESUMPTION -> {
                    SealLifecycle.RESUME.check(esId, state(seal));
                    transition(em, seal, SealLifecycle.RESUME, approver, now, now, proposal.reason(), carriedOut);
                }
                case CUSTODY -> {
                    requireCustodyAllowed(seal);
                    if (store.activeCustody(em, esId, proposal.operator().id()).isEmpty()) {
                        em.persist(new CustodyEntity(esId, proposal.operator(), approver, now));
                        Map<String, String> details = details("action", "custody-granted",
                                "operator", proposal.operator().id());
                        details.putAll(carriedOut);
                        audit.emit(em, AuditEventType.ADMINISTRATION, approver, esId, details);
                    }
                }
            }
            return confirmed;
        });
    }

    @Override
    public SealProposal rejectProposal(String esId, String proposalId, Actor approver, String reason) {
        Checks.required(approver, "approver");
        String why = reason(reason);
        Instant now = clock.now();
        return store.inTransaction(em -> {
            store.lock(em, esId);
            ProposalEntity entity = proposals.pending(em, esId, proposalId);
            Proposals.requireSecondPerson(entity.toProposal(), approver);
            return proposals.decide(em, entity, SealProposal.Status.REJECTED, approver, now, why);
        });
    }

    @Override
    public SealProposal withdrawProposal(String esId, String proposalId, Actor proposer, String reason) {
        Checks.required(proposer, "proposer");
        String why = reason == null || reason.isBlank() ? null : reason(reason);
        Instant now = clock.now();
        return store.inTransaction(em -> {
            store.lock(em, esId);
            ProposalEntity entity = proposals.pending(em, esId, proposalId);
            SealProposal proposal = entity.toProposal();
            if (!proposal.proposedBy().equals(proposer)) {
                throw new BianminException(ErrorCode.NOT_PERMITTED, "proposal " + proposalId + " of seal " + esId
                        + " was made by " + proposal.proposedBy() + ", who alone may withdraw it; an approver may"
                        + " reject it");
            }
            return proposals.decide(em, entity, SealProposal.Status.WITHDRAWN, proposer, now, why);
        });
    }

    @Override
    public List<SealProposal> proposals(String esId) {
        return recordsOf(esId, store::proposals, ProposalEntity::toProposal);
    }

    @Override
    public List<CustodyGrant> custody(String esId) {
        Checks.text(esId, "esID");
        return recordsOf(esId, store::custody, CustodyEntity::toGrant);
    }

    @Override
    public List<Seal> inCustodyOf(Actor operator) {
        Checks.required(operator, "operator");
        return sealsFound(store::sealsInCustodyOf, operator.id());
    }

    @Override
    public Optional<Seal> find(String esId) {
        if (esId == null || esId.isBlank()) {
            return Optional.empty();
        }
        return store.inTransaction(em -> store.find(em, esId).map(SealEntity::toSeal));
    }

    @Override
    public Seal get(String esId) {
        Checks.text(esId, "esID");
        return store.inTransaction(em -> store.get(em, esId).toSeal());
    }

    @Override
    public List<Seal> list(DivisionCode division) {
        Checks.required(division, "division");
        return sealsFound(store::sealsWithin, division.value());
    }

    @Override
    public List<SealTransition> history(String esId) {
        return recordsOf(esId, store::transitions, TransitionEntity::toTransition);
    }

    @Override
    public List<SealUse> uses(String esId) {
        return recordsOf(esId, store::uses, UseEntity::toUse);
    }

    @Override
    public DivisionCode county() {
        return settings.county();
    }

    @Override
    public Optional<SealUse> useOfSignature(String esId, String signatureHash) {
        Checks.text(esId, "esID");
        String hash = Checks.text(signatureHash, "signature hash").toLowerCase(java.util.Locale.ROOT);
        return store.inTransaction(em -> store.useOfSignature(em, esId, hash).map(UseEntity::toUse));
    }

    @Override
    public SealState stateAt(String esId, Instant instant) {
        Checks.required(instant, "instant");
        return StateAt.of(esId, history(esId), instant);
    }

    @Override
    public Optional<SealStanding> standing(String esId, String signatureHash, Instant signingTime,
            Instant validationTime) {
        Checks.required(signingTime, "signing time");
        Checks.required(validationTime, "validation time");
        String hash = signatureHash == null ? null
                : Checks.text(signatureHash, "signature hash").toLowerCase(java.util.Locale.ROOT);
        if (esId == null || esId.isBlank()) {
            return Optional.empty();
        }
        return store.inTransaction(em -> store.find(em, esId).map(seal -> {
            List<SealTransition> history = store.transitions(em, esId).stream()
                    .map(TransitionEntity::toTransition).toList();
            SealUse use = hash == null ? null
                    : store.useOfSignature(em, esId, hash).map(UseEntity::toUse).orElse(null);
            return new SealStanding(seal.toSeal(), seal.sealDer(), StateAt.find(history, signingTime).orElse(null),
                    StateAt.find(history, validationTime).orElse(null), use);
        }));
    }

    @Override
    public byte[] sealStructure(String esId) {
        return made(esId).sealDer();
    }

    @Override
    public byte[] picturePng(String esId) {
        return made(esId).picturePng();
    }

    @Override
    public String pictureSvg(String esId) {
        return made(esId).pictureSvg();
    }

    @Override
    public byte[] signerCertificate(String esId) {
        return made(esId).signerCertificate();
    }

    /**
     * The seal's recorded rows of one kind (its transitions, uses, proposals or custody grants) as
     * values, oldest first, read in one transaction; {@code SEAL_NOT_FOUND} when there is no such seal
     * rather than an empty list.
     */
    private <R, V> List<V> recordsOf(String esId, BiFunction<EntityManager, String, List<R>> rows,
            Function<R, V> value) {
        return store.inTransaction(em -> {
            store.get(em, esId);
            return rows.apply(em, esId).stream().map(value).toList();
        });
    }

    /**
     * The seals that {@code query} finds for {@code key} (an operator's id, a division's code), read
     * in one transaction.
     */
    private List<Seal> sealsFound(BiFunction<EntityManager, String, List<SealEntity>> query, String key) {
        return store.inTransaction(em -> query.apply(em, key).stream().map(SealEntity::toSeal).toList());
    }

    private SealEntity made(String esId) {
        Checks.text(esId, "esID");
        SealEntity seal = store.inTransaction(em -> store.get(em, esId));
        if (seal.sealDer() == null) {
            throw new BianminException(ErrorCode.SEAL_WRONG_STATE,
                    "seal " + esId + " is " + seal.state() + " and has not been made yet");
        }
        return seal;
    }

    private Seal transition(EntityManager em, SealEntity seal, SealLifecycle action, Actor actor, Instant now,
            Instant effectiveAt, String reason) {
        return transition(em, seal, action, actor, now, effectiveAt, reason, Map.of());
    }

    /** {@code extra}: further audit details, e.g. the proposal a confirmed change carries out. */
    private Seal transition(EntityManager em, SealEntity seal, SealLifecycle action, Actor actor, Instant now,
            Instant effectiveAt, String reason, Map<String, String> extra) {
        SealState from = state(seal);
        seal.moveTo(action.to().name());
        if (action.to() != SealState.ACTIVE && action.to() != SealState.SUSPENDED) {
            seal.liveCentre(null);
        }
        record(em, seal, from, actor, now, effectiveAt, reason);
        Map<String, String> details = details("from", from.name(), "to", action.to().name());
        if (reason != null) {
            details.put("reason", reason);
        }
        if (!effectiveAt.equals(now)) {
            details.put("effectiveAt", effectiveAt.toString());
        }
        if (action.event() == AuditEventType.ADMINISTRATION) {
            details.put("action", action.name().toLowerCase(java.util.Locale.ROOT));
        }
        details.putAll(extra);
        audit.emit(em, action.event(), actor, seal.esId(), details);
        return seal.toSeal();
    }

    /**
     * Records a lifecycle step of the seal, whose row lock the caller holds, in the seal's order of
     * time ({@link SealTimeOrder}).
     */
    private void record(EntityManager em, SealEntity seal, SealState from, Actor actor, Instant now,
            Instant effectiveAt, String reason) {
        order.requireChangeInOrder(em, seal.esId(), now);
        em.persist(new TransitionEntity(store.nextStep(em, seal.esId()), new SealTransition(seal.esId(), from,
                SealState.valueOf(seal.state()), actor, now, effectiveAt, reason)));
        em.flush();
    }

    private void requireInCounty(DivisionCode division) {
        if (!division.within(settings.county())) {
            throw BianminException.invalid("division " + division + " lies outside county " + settings.county()
                    + ", which this registry serves");
        }
    }

    private static void requireNotFuture(Instant effectiveAt, Instant now) {
        if (effectiveAt.isAfter(now)) {
            throw BianminException.invalid("a revocation takes effect now or earlier, not at " + effectiveAt
                    + "; revoke when the time comes");
        }
    }

    private static void requireAfterRequest(SealEntity seal, Instant effectiveAt) {
        if (effectiveAt.isBefore(seal.createdAt())) {
            throw BianminException.invalid("seal " + seal.esId() + " was requested at " + seal.createdAt()
                    + "; a revocation cannot take effect before that (" + effectiveAt + ")");
        }
    }

    private static void requireCustodyAllowed(SealEntity seal) {
        SealState state = state(seal);
        if (state == SealState.REQUESTED || state == SealState.REJECTED || state == SealState.REVOKED
                || state == SealState.DESTROYED) {
            throw new BianminException(ErrorCode.SEAL_WRONG_STATE,
                    "seal " + seal.esId() + " is " + state + "; custody is granted for approved seals only");
        }
    }

    /** The refusal of a one-person act that dual control reserves for a proposal and its confirmation. */
    private static BianminException secondPersonNeeded(String act, String proposal) {
        return new BianminException(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, act + " needs a second person: one"
                + " administrator proposes it (" + proposal + "), an approver confirms it (dual control)");
    }

    private static void requireNotExpired(SealEntity seal, Instant now) {
        if (!seal.validTo().isAfter(now)) {
            throw new BianminException(ErrorCode.SEAL_OUTSIDE_VALIDITY, "seal " + seal.esId()
                    + " expired at " + seal.validTo() + "; request a new seal");
        }
    }

    private static void requireLiveParent(SealEntity parent, SealEntity sub) {
        if (!SealState.ACTIVE.name().equals(parent.state())) {
            throw new BianminException(ErrorCode.SEAL_PARENT_NOT_ACTIVE_APPROVAL_SEAL, "sub-seal " + sub.esId()
                    + " belongs to approval seal " + parent.esId() + ", which is " + parent.state()
                    + "; it must be ACTIVE");
        }
    }

    private static BianminException alreadyActive(SealEntity seal, String other) {
        return new BianminException(ErrorCode.SEAL_ALREADY_ACTIVE_FOR_CENTRE, "centre " + seal.ownerDivision()
                + " already has a live approval seal " + other + "; revoke it before activating " + seal.esId());
    }

    /** Validity is kept to the second, as GB/T 38540 writes it (GeneralizedTime) and signing reads it. */
    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String reason(String reason) {
        return Checks.text(reason, "reason", MAX_REASON);
    }

    /**
     * Locks the seal's row for {@code action}; {@code SEAL_WRONG_STATE} unless the seal's state allows
     * that action ({@link SealLifecycle#check}).
     */
    private SealEntity lockFor(EntityManager em, String esId, SealLifecycle action) {
        SealEntity seal = store.lock(em, esId);
        action.check(esId, state(seal));
        return seal;
    }

    private static SealState state(SealEntity seal) {
        return SealState.valueOf(seal.state());
    }

    private static Map<String, String> details(String... pairs) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            details.put(pairs[i], pairs[i + 1]);
        }
        return details;
    }
}
