package org.bianmin.proxy.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.catalogue.spi.CalendarListener;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.CasePage;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.CaseTransition;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PageRequest;
import org.bianmin.proxy.PhoneNumber;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.RatingCode;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.Visit;
import org.bianmin.proxy.internal.catalogue.CatalogueTerms;
import org.bianmin.proxy.internal.catalogue.ItemTerms;
import org.bianmin.proxy.internal.catalogue.ServiceCatalogueTerms;
import org.bianmin.proxy.internal.crypto.KeyFile;
import org.bianmin.proxy.internal.crypto.PersonalDataVault;
import org.bianmin.proxy.internal.crypto.SingleKey;
import org.bianmin.proxy.internal.domain.CaseMachine;
import org.bianmin.proxy.internal.domain.MaterialsCheck;
import org.bianmin.proxy.internal.persistence.CaseEntity;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.internal.persistence.PointEntity;
import org.bianmin.proxy.internal.persistence.ProxyStorage;
import org.bianmin.proxy.internal.persistence.RatingCodeEntity;
import org.bianmin.proxy.internal.persistence.TransitionEntity;
import org.bianmin.proxy.internal.persistence.VisitEntity;
import org.bianmin.proxy.spi.PersonalDataKeyring;
import org.bianmin.proxy.spi.PersonalDataKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@link ProxyCases} on Jakarta Persistence: each operation is one transaction of the ledger's
 * {@link JpaUnit}; a refusal throws inside it, so nothing is written. Each case operation and each
 * read of personal data in clear writes its audit event in that same transaction ({@link AuditSink}),
 * so nothing commits unrecorded and no personal data is handed out unrecorded.
 *
 * <p>In OSGi the audit trail is mandatory: without one the ledger is not active (the REST API then
 * answers 503 {@code SERVICE_UNAVAILABLE}). The catalogue and the working-day calendar are optional
 * and dynamic references read at each call, so the ledger keeps running while they come and go:
 * without a catalogue it refuses to receive or check cases ({@code CATALOGUE_UNAVAILABLE}). The
 * personal-data keys come from a registered {@link PersonalDataKeyring}, else a registered
 * {@link PersonalDataKeys} (one key, the legacy id), else the configured key files; as
 * {@link PersonalDataRekeying} it re-encrypts the rows not under the current key. As a
 * {@link CalendarListener} it recomputes provisional deadlines when a year becomes official.
 * Configuration PID {@value ProxyLedgerConfig#PID}.
 */
@Component(service = {ProxyCases.class, CalendarListener.class, PersonalDataRekeying.class}, immediate = true,
        configurationPid = ProxyLedgerConfig.PID)
@Designate(ocd = ProxyLedgerConfig.class)
public final class ProxyCasesComponent implements ProxyCases, CalendarListener, PersonalDataRekeying {
    @Reference(name = "catalogue", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceCatalogue catalogueService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkingDays workingDays;

    @Reference(policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    private final JpaUnit unit;
    private final CatalogueTerms catalogue;
    private final PersonalDataVault vault;
    private final AuditSink audit;
    private final TimeSource time;
    private final Set<String> countyLogins;
    private final TimesOfRecord times;
    private final Rekey rekey;

    /**
     * @param unit         the persistence unit (migrated)
     * @param catalogue    items, deadlines, working days
     * @param vault        protects personal data
     * @param trails       gives the audit trail, or null while none is registered
     * @param time         the clock
     * @param countyLogins the logins that reach every point of the county
     * @param lateEntryWindow how far back a paper case entered late may have been received
     */
    public ProxyCasesComponent(JpaUnit unit, CatalogueTerms catalogue, PersonalDataVault vault,
            Supplier<AuditTrail> trails, TimeSource time, Set<String> countyLogins,
            java.time.Duration lateEntryWindow) {
        this.times = new TimesOfRecord(Checks.required(lateEntryWindow, "late-entry window"));
        this.countyLogins = Set.copyOf(Checks.required(countyLogins, "county-wide logins"));
        this.unit = Checks.required(unit, "persistence unit");
        this.catalogue = Checks.required(catalogue, "catalogue");
        this.vault = Checks.required(vault, "personal-data vault");
        this.time = Checks.required(time, "time source");
        this.audit = new AuditSink(unit, Checks.required(trails, "audit trail supplier"), time);
        this.rekey = new Rekey(unit, vault, audit, batch -> { });
    }

    /** The service in OSGi, on the ledger's database and the services registered at each call. */
    @Activate
    public ProxyCasesComponent(@Reference ProxyStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            PersonalDataKeyring registeredKeyring,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            PersonalDataKeys registeredKeys,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            ProxyLedgerConfig config) {
        String legacyKeyId = config.personal_data_legacy_key_id();
        PersonalDataKeyring keys = registeredKeyring != null ? registeredKeyring
                : registeredKeys != null ? new SingleKey(registeredKeys, legacyKeyId)
                : KeyFile.configuredOrMemoryOnly(new KeyFile.Settings(config.personal_data_key_dir(),
                        config.personal_data_key_file(), config.personal_data_key_id(), legacyKeyId),
                        ProxyLedgerConfig.PID, storage.unit().databaseUrl(),
                        keyId -> encryptedUnder(storage.unit(), keyId, legacyKeyId));
        this.unit = storage.unit();
        this.catalogue = ServiceCatalogueTerms.live(() -> catalogueService, () -> workingDays);
        this.vault = new PersonalDataVault(keys, legacyKeyId);
        this.time = TimeSource.orSystem(clock);
        this.audit = new AuditSink(unit, () -> auditTrail, time);
        this.rekey = new Rekey(unit, vault, audit, batch -> { });
        this.countyLogins = ProxyPointsComponent.countyLogins(config);
        this.times = new TimesOfRecord(java.time.Duration.ofDays(config.late_entry_max_days()));
    }

    /** Whether cases are encrypted under {@code keyId} (rows without a key id are under the legacy one). */
    private static boolean encryptedUnder(JpaUnit unit, String keyId, String legacyKeyId) {
        return unit.inTransaction(em -> em.createQuery("SELECT COUNT(c) FROM CaseEntity c WHERE c.personalKeyId = :k"
                + (keyId.equals(legacyKeyId) ? " OR c.personalKeyId IS NULL" : ""), Long.class)
                .setParameter("k", keyId).getSingleResult()) > 0;
    }

    /** A year became official: the provisional deadlines of open cases are recomputed. */
    @Override
    public void officialYearLoaded(int year, Actor actor) {
        recomputeProvisionalDeadlines(year, actor);
    }

    // --- cases ---

    @Override
    public ProxyCase receive(NewCase newCase, Actor actor) {
        Checks.required(newCase, "case");
        Checks.required(actor, "actor");
        Instant now = time.now();
        String late = newCase.lateReason();
        Instant receivedAt = late == null ? TimesOfRecord.of("the receipt", newCase.receivedAt(), now)
                : times.paperTime(newCase.receivedAt(), now);
        LocalDate receivedOn = LocalDate.ofInstant(receivedAt, time.zone());
        ProxyCase received = unit.inTransaction(em -> {
            PointEntity point = Lookups.point(em, newCase.pointId());
            Reach reach = Reach.of(em, actor, countyLogins);
            reach.require(em, LedgerScope.point(newCase.pointId()));
            Lookups.agentOf(em, newCase.agentId(), newCase.pointId());
            reach.requireActingAs(newCase.pointId(), point.townshipCode(), newCase.agentId());
            ItemTerms terms = catalogue.item(newCase.itemCode(), point.toPoint().division(), receivedOn);
            String caseId = UUID.randomUUID().toString();
            Applicant applicant = newCase.applicant();
            String keyId = vault.currentKeyId();
            CaseEntity entity = new CaseEntity(caseId, point, newCase.agentId(), applicant.name(),
                    vault.seal(keyId, caseId, applicant.idNumber()),
                    applicant.phone() == null ? null : vault.seal(keyId, caseId, applicant.phone()), terms.code(),
                    terms.name(), terms.handlingPlace(), terms.promisedDays(), newCase.channel(), newCase.needs(),
                    newCase.services(), receivedAt, receivedOn);
            entity.recorded(now, late);
            em.persist(entity);
            if (newCase.channel().applicantCame()) {
                em.persist(new VisitEntity(new Visit(caseId, receivedAt, "递交申请 (" + newCase.channel() + ")")));
            }
            record(em, entity, null, CaseState.RECEIVED, actor, now, "received " + newCase.channel().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " for " + terms.name()
                    + (late == null ? "" : "; entered late, the paper shows " + receivedAt + ": " + late));
            ProxyCase receivedCase = entity.toCase();
            audit.record(em, AuditEventType.PROXY_CASE_RECEIVED, actor, caseId, details(receivedCase, null));
            return receivedCase;
        });
        return received;
    }

    @Override
    public ProxyCase check(String caseId, Set<String> presentedMaterials, Actor actor) {
        Set<String> presented = Set.copyOf(Checks.required(presentedMaterials, "presented materials"));
        return move(caseId, actor, CaseState.CHECKED, (em, entity, now) -> {
            PointEntity point = Lookups.point(em, entity.pointId());
            LocalDate today = LocalDate.ofInstant(now, time.zone());
            ItemTerms terms = catalogue.item(entity.itemCode(), point.toPoint().division(), today);
            List<String> missing = MaterialsCheck.missing(terms.materials(), presented);
            if (missing.isEmpty()) {
                Deadline deadline = catalogue.deadline(today, entity.promisedDays());
                entity.checked(today, deadline);
                return new Step(CaseState.CHECKED, "materials complete; promised " + entity.promisedDays()
                        + " working days, deadline " + deadline.date() + (deadline.provisional()
                                ? " (provisional: a year's holiday notice is not loaded yet)" : ""));
            }
            entity.returned(missing);
            return new Step(CaseState.RETURNED, "one-time notice (一次性告知), missing: " + String.join("；", missing));
        });
    }

    @Override
    public ProxyCase resubmit(String caseId, Actor actor) {
        return move(caseId, actor, CaseState.RECEIVED, (em, entity, now) -> {
            entity.visited();
            em.persist(new VisitEntity(new Visit(caseId, now, "补交材料")));
            return new Step(CaseState.RECEIVED, "applicant brought the missing materials");
        });
    }

    @Override
    public ProxyCase forward(String caseId, Actor actor) {
        return move(caseId, actor, CaseState.FORWARDED,
                (em, entity, now) -> new Step(CaseState.FORWARDED, "forwarded to " + entity.handlingPlace()));
    }

    @Override
    public ProxyCase startHandling(String caseId, Actor actor) {
        return move(caseId, actor, CaseState.IN_PROGRESS,
                (em, entity, now) -> new Step(CaseState.IN_PROGRESS, entity.handlingPlace() + " took it up"));
    }

    @Override
    public ProxyCase complete(String caseId, String result, Actor actor) {
        String text = Checks.optionalText(result);
        return move(caseId, actor, CaseState.DONE, (em, entity, now) -> {
            entity.result(LocalDate.ofInstant(now, time.zone()));
            return new Step(CaseState.DONE, text == null ? "done" : text);
        });
    }

    @Override
    public ProxyCase reject(String caseId, String reason, Actor actor) {
        String text = Checks.text(reason, "rejection reason", 1000);
        return move(caseId, actor, CaseState.REJECTED, (em, entity, now) -> {
            entity.result(LocalDate.ofInstant(now, time.zone()));
            return new Step(CaseState.REJECTED, text);
        });
    }

    @Override
    public ProxyCase answer(String caseId, AnswerMethod method, Instant toldAt, Actor actor) {
        Checks.required(method, "answer method");
        return move(caseId, actor, CaseState.ANSWERED, (em, entity, now) -> {
            Instant told = TimesOfRecord.of("the answer", toldAt, now);
            entity.answered(method, told);
            return new Step(CaseState.ANSWERED, "told by " + method + " at " + told);
        });
    }

    @Override
    public Visit recordVisit(Visit visit, Actor actor) {
        Checks.required(visit, "visit");
        Checks.required(actor, "actor");
        Instant at = TimesOfRecord.of("the visit", visit.at(), time.now());
        return unit.inTransaction(em -> {
            CaseEntity entity = Reach.of(em, actor, countyLogins).caseOf(em, visit.caseId());
            entity.visited();
            Visit recorded = new Visit(visit.caseId(), at, visit.purpose());
            em.persist(new VisitEntity(recorded));
            return recorded;
        });
    }

    @Override
    @Deprecated
    public ProxyCase rate(String caseId, int stars, String comment, Actor actor) {
        Checks.required(actor, "actor");
        throw new BianminException(ErrorCode.NOT_PERMITTED, "a rating (好差评) is the applicant's: they give it with"
                + " the rating code on their receipt; login '" + actor + "' cannot rate a case");
    }

    @Override
    public RatingCode issueRatingCode(String caseId, Actor actor) {
        Checks.required(actor, "actor");
        Instant now = time.now();
        String code = RatingCodes.newCode();
        Instant expires = now.plus(RatingCodes.VALIDITY);
        unit.inTransaction(em -> {
            CaseEntity entity = Reach.of(em, actor, countyLogins).caseOf(em, caseId);
            if (entity.rating() != null) {
                throw new BianminException(ErrorCode.CASE_WRONG_STATE, "case " + caseId + " was already rated");
            }
            RatingCodeEntity existing = em.find(RatingCodeEntity.class, entity.caseId());
            if (existing == null) {
                em.persist(new RatingCodeEntity(entity.caseId(), RatingCodes.hash(code), expires, actor.id(), now));
            } else {
                existing.reissue(RatingCodes.hash(code), expires, actor.id(), now);
            }
            return null;
        });
        return new RatingCode(caseId.strip(), code, expires);
    }

    @Override
    public ProxyCase rateByApplicant(String code, int stars, String comment) {
        String text = ratingComment(stars, comment);
        String hash = RatingCodes.hash(code);
        Instant now = time.now();
        ProxyCase rated = unit.inTransaction(em -> {
            List<RatingCodeEntity> found = em.createQuery("SELECT r FROM RatingCodeEntity r WHERE r.codeHash = :h",
                    RatingCodeEntity.class).setParameter("h", hash).getResultList();
            if (found.isEmpty() || !found.get(0).usableAt(now)) {
                throw RatingCodes.invalid();
            }
            CaseEntity entity = Lookups.caseEntity(em, found.get(0).caseId());
            if (entity.rating() != null) {
                throw RatingCodes.invalid();
            }
            if (entity.state() != CaseState.ANSWERED) {
                throw new BianminException(ErrorCode.CASE_WRONG_STATE, "the case can be rated once you have had its"
                        + " answer; your code stays valid until then");
            }
            entity.rate(stars, text, now);
            found.get(0).used(now);
            audit.record(em, AuditEventType.PROXY_CASE_RATED, APPLICANT, entity.caseId(),
                    Map.of("stars", Integer.toString(stars), "by", "rating code"));
            return entity.toCase();
        });
        return rated;
    }

    /** Who rates with a code: the applicant, named no further in the audit trail. */
    private static final Actor APPLICANT = Actor.of("applicant");

    /** Checks a rating's stars (1–5) and returns its comment (at most 500 characters), or null. */
    private static String ratingComment(int stars, String comment) {
        if (stars < 1 || stars > 5) {
            throw new BianminException(ErrorCode.RATING_INVALID, "a rating is 1 to 5 stars, got " + stars);
        }
        String text = Checks.optionalText(comment);
        if (text != null && text.length() > 500) {
            throw new BianminException(ErrorCode.RATING_INVALID, "a rating comment has at most 500 characters");
        }
        return text;
    }

    @Override
    public ProxyCase findCase(String caseId) {
        return unit.inTransaction(em -> Lookups.caseEntity(em, caseId).toCase());
    }

    @Override
    public ProxyCase findCase(String caseId, Actor actor) {
        Checks.required(actor, "actor");
        return unit.inTransaction(em -> Reach.of(em, actor, countyLogins).caseOf(em, caseId).toCase());
    }

    @Override
    public List<CaseTransition> history(String caseId) {
        return unit.inTransaction(em -> transitions(em, Lookups.caseEntity(em, caseId).caseId()));
    }

    @Override
    public List<CaseTransition> history(String caseId, Actor actor) {
        Checks.required(actor, "actor");
        return unit.inTransaction(em -> transitions(em, Reach.of(em, actor, countyLogins).caseOf(em, caseId).caseId()));
    }

    private static List<CaseTransition> transitions(EntityManager em, String caseId) {
        return em.createQuery("SELECT t FROM TransitionEntity t WHERE t.caseId = :c ORDER BY t.step",
                TransitionEntity.class).setParameter("c", caseId).getResultList().stream()
                .map(TransitionEntity::toTransition).toList();
    }

    @Override
    public List<ProxyCase> cases(LedgerScope scope, ReportingPeriod period) {
        Checks.required(scope, "scope");
        Checks.required(period, "period");
        return unit.inTransaction(em -> casesIn(em, scope, period));
    }

    @Override
    public List<ProxyCase> cases(LedgerScope scope, ReportingPeriod period, Actor actor) {
        Checks.required(scope, "scope");
        Checks.required(period, "period");
        Checks.required(actor, "actor");
        return unit.inTransaction(em -> {
            Reach.of(em, actor, countyLogins).require(em, scope);
            return casesIn(em, scope, period);
        });
    }

    @Override
    public CasePage cases(LedgerScope scope, ReportingPeriod period, PageRequest page, Actor actor) {
        Checks.required(scope, "scope");
        Checks.required(period, "period");
        Checks.required(page, "page");
        Checks.required(actor, "actor");
        if (period.days() > MAX_LISTING_DAYS) {
            throw new BianminException(ErrorCode.DATE_RANGE_INVALID, "a listing covers at most " + MAX_LISTING_DAYS
                    + " days, the period " + period + " has " + period.days() + "; ask for a shorter one");
        }
        return unit.inTransaction(em -> {
            Reach.of(em, actor, countyLogins).require(em, scope);
            List<ProxyCase> found = casesQuery(em, scope, period).setFirstResult(page.offset())
                    .setMaxResults(page.limit() + 1).getResultList().stream().map(CaseEntity::toCase).toList();
            return found.size() > page.limit() ? new CasePage(found.subList(0, page.limit()), page.next())
                    : new CasePage(found, null);
        });
    }

    private static List<ProxyCase> casesIn(EntityManager em, LedgerScope scope, ReportingPeriod period) {
        return casesQuery(em, scope, period).getResultList().stream().map(CaseEntity::toCase).toList();
    }

    private static jakarta.persistence.TypedQuery<CaseEntity> casesQuery(EntityManager em, LedgerScope scope,
            ReportingPeriod period) {
        Lookups.requireScope(em, scope);
        return em.createQuery("SELECT c FROM CaseEntity c WHERE " + Lookups.caseColumn(scope) + " = :id AND"
                + " c.receivedDay BETWEEN :from AND :to ORDER BY c.receivedAt, c.caseId", CaseEntity.class)
                .setParameter("id", scope.id()).setParameter("from", Lookups.day(period.from()))
                .setParameter("to", Lookups.day(period.to()));
    }

    @Override
    public String exportCsv(LedgerScope scope, ReportingPeriod period) {
        return LedgerCsv.write(cases(scope, period), time.zone());
    }

    @Override
    public List<ProxyCase> casesByIdNumber(IdCardNumber idNumber, Actor actor) {
        Checks.required(idNumber, "ID-card number");
        Checks.required(actor, "actor");
        return lookup("idIndex", keyIds -> vault.indexes(idNumber, keyIds), actor, "id_number", idNumber.masked());
    }

    @Override
    public List<ProxyCase> casesByPhone(PhoneNumber phone, Actor actor) {
        Checks.required(phone, "phone");
        Checks.required(actor, "actor");
        return lookup("phoneIndex", keyIds -> vault.indexes(phone, keyIds), actor, "phone", phone.masked());
    }

    /**
     * The cases within the actor's reach whose blind index in {@code column} is one of the
     * {@code indexes} of the number under the key ids in use (each row's index is under its own key,
     * and while keys rotate rows are under several). A lookup by a person's number
     * says whose cases exist, so it is recorded like a read in clear ({@code PERSONAL_DATA_READ},
     * the number masked, the cases found) in the lookup's transaction.
     */
    private List<ProxyCase> lookup(String column, Function<List<String>, List<String>> indexes, Actor actor,
            String field, String masked) {
        return unit.inTransaction(em -> {
            Reach reach = Reach.of(em, actor, countyLogins);
            List<String> keyIds = em.createQuery("SELECT DISTINCT c.personalKeyId FROM CaseEntity c", String.class)
                    .getResultList().stream().map(vault::keyIdOf).distinct().toList();
            List<ProxyCase> found = keyIds.isEmpty() ? List.of()
                    : em.createQuery("SELECT c FROM CaseEntity c WHERE c." + column
                            + " IN :i ORDER BY c.receivedAt, c.caseId", CaseEntity.class)
                    .setParameter("i", indexes.apply(keyIds)).getResultList().stream()
                    .filter(c -> reach.covers(c.pointId(), c.townshipCode())).map(CaseEntity::toCase).toList();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("lookup", field);
            details.put(field.equals("phone") ? "phone" : "idNumber", masked);
            details.put("cases", String.join(",", found.stream().map(ProxyCase::id).toList()));
            audit.record(em, AuditEventType.PERSONAL_DATA_READ, actor, "lookup:" + field, details);
            return found;
        });
    }

    @Override
    public Applicant applicant(String caseId, Actor actor, String purpose) {
        Checks.required(actor, "actor");
        String why = Checks.text(purpose, "purpose of reading personal data", 200);
        return unit.inTransaction(em -> {
            CaseEntity entity = Reach.of(em, actor, countyLogins).caseOf(em, caseId);
            String keyId = vault.keyIdOf(entity.personalKeyId());
            IdCardNumber idNumber = vault.openIdNumber(keyId, caseId, entity.idCipher());
            PhoneNumber phone = entity.phoneCipher() == null ? null
                    : vault.openPhone(keyId, caseId, entity.phoneCipher());
            Map<String, String> details = new LinkedHashMap<>();
            details.put("fields", phone == null ? "id_number" : "id_number,phone");
            details.put("idNumber", idNumber.masked());
            details.put("purpose", why);
            audit.record(em, AuditEventType.PERSONAL_DATA_READ, actor, caseId, details);
            return new Applicant(entity.applicantName(), idNumber, phone);
        });
    }

    @Override
    public long caseCount() {
        return unit.inTransaction(em -> em.createQuery("SELECT COUNT(c) FROM CaseEntity c", Long.class)
                .getSingleResult());
    }

    // --- keys ---

    @Override
    public Rekeyed rekey(int batchSize, Actor actor) {
        return rekey.rekey(batchSize, actor);
    }

    // --- deadlines ---

    /**
     * Recomputes the provisional deadlines of the cases without a result, now that the official calendar
     * of {@code year} is loaded, in one transaction: each deadline that changes (date or provisional
     * flag) gets a line in the case's history with the old and new deadline and the reason, and an audit
     * event. Running it again changes nothing.
     *
     * @return the cases whose deadline changed
     */
    public List<ProxyCase> recomputeProvisionalDeadlines(int year, Actor actor) {
        Checks.required(actor, "actor");
        Instant now = time.now();
        List<ProxyCase> changed = unit.inTransaction(em -> {
            List<ProxyCase> cases = new java.util.ArrayList<>();
            for (CaseEntity entity : em.createQuery("SELECT c FROM CaseEntity c WHERE c.deadlineProvisional = 1"
                    + " AND c.resultDay IS NULL ORDER BY c.caseId", CaseEntity.class).getResultList()) {
                LocalDate from = entity.deadlineFrom();
                if (from == null) {
                    continue;
                }
                Deadline before = entity.dueDate();
                Deadline after = catalogue.deadline(from, entity.promisedDays());
                if (after.equals(before)) {
                    continue;
                }
                entity.deadline(after);
                record(em, entity, entity.state(), entity.state(), actor, now, "deadline recomputed: " + before.date()
                        + " → " + after.date() + ", the " + year + " holiday notice was loaded"
                        + (after.provisional() ? " (still provisional: a later year's notice is missing)" : ""));
                cases.add(entity.toCase());
                audit.record(em, AuditEventType.PROXY_DEADLINE_RECOMPUTED, actor, entity.caseId(),
                        Map.of("year", String.valueOf(year), "from", before.date().toString(),
                                "to", after.date().toString(), "provisional", String.valueOf(after.provisional())));
            }
            return cases;
        });
        return changed;
    }

    // --- moves ---

    /** What a move did: the state reached and the note to record. */
    private record Step(CaseState to, String note) {
    }

    @FunctionalInterface
    private interface Move {
        Step apply(EntityManager em, CaseEntity entity, Instant now);
    }

    /** Loads the case, checks the move to {@code target} is allowed, applies it and records the transition. */
    private ProxyCase move(String caseId, Actor actor, CaseState target, Move move) {
        Checks.text(caseId, "case id");
        Checks.required(actor, "actor");
        Instant now = time.now();
        try {
            return unit.inTransaction(em -> {
                CaseEntity entity = Reach.of(em, actor, countyLogins).caseOf(em, caseId);
                CaseState from = entity.state();
                CaseMachine.require(caseId, entity.state(), target);
                Step step = move.apply(em, entity, now);
                CaseMachine.require(caseId, entity.state(), step.to());
                record(em, entity, entity.state(), step.to(), actor, now, step.note());
                entity.moveTo(step.to());
                ProxyCase moved = entity.toCase();
                audit.record(em, AuditEventType.PROXY_CASE_TRANSITION, actor, caseId, details(moved, from));
                return moved;
            });
        } catch (BianminException e) {
            if (e.code() == ErrorCode.STORAGE_FAILURE && concurrentChange(e)) {
                throw new BianminException(ErrorCode.CASE_WRONG_STATE, "case " + caseId
                        + " was moved by someone else at the same time; reload it and try again", e);
            }
            throw e;
        }
    }

    /** Whether a failed commit lost a race: the row version changed, or the same transition step was taken. */
    private static boolean concurrentChange(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException
                    || cause instanceof java.sql.SQLIntegrityConstraintViolationException
                    || "23505".equals(cause instanceof java.sql.SQLException sql ? sql.getSQLState() : null)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void record(EntityManager em, CaseEntity entity, CaseState from, CaseState to, Actor actor,
            Instant at, String note) {
        long steps = from == null ? 0 : em.createQuery("SELECT COUNT(t) FROM TransitionEntity t WHERE t.caseId = :c",
                Long.class).setParameter("c", entity.caseId()).getSingleResult();
        em.persist(new TransitionEntity(new CaseTransition(entity.caseId(), from, to, actor, at, note), (int) steps));
    }

    private static Map<String, String> details(ProxyCase c, CaseState from) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("point", c.pointId());
        details.put("item", c.itemCode());
        if (from != null) {
            details.put("from", from.name());
        }
        details.put("to", c.state().name());
        return details;
    }
}
