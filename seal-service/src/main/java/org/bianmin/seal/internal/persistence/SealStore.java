package org.bianmin.seal.internal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.outbox.AuditOutboxTable;
import org.bianmin.internal.outbox.AuditOutboxWriter;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.seal.SealTransition;

/**
 * The seal registry's tables: opens the persistence unit (Flyway history {@code seal_schema_history},
 * migrations in {@code org/bianmin/seal/internal/db}) and offers the reads and row locks the
 * registry's operations are built from. Each operation runs in one {@link #inTransaction}.
 */
public final class SealStore implements AutoCloseable {
    /** The entities of the seal persistence unit. */
    public static final List<Class<?>> ENTITIES = List.of(SealEntity.class, TransitionEntity.class,
            CustodyEntity.class, UseEntity.class, CounterEntity.class, ProposalEntity.class, EvidenceRecordEntity.class);

    /** The name of the registry's audit outbox, {@code seal_audit_outbox}. */
    public static final String AUDIT_SOURCE = "seal";

    private final JpaUnit unit;
    private final AuditOutboxTable auditOutbox;

    private SealStore(JpaUnit unit) {
        this.unit = unit;
        this.auditOutbox = new AuditOutboxTable(unit, AUDIT_SOURCE);
    }

    /** The settings of the seal persistence unit on {@code dataSource}. */
    public static JpaUnit.Settings settings(DataSource dataSource) {
        return new JpaUnit.Settings("seal", dataSource, "seal_schema_history", "org/bianmin/seal/internal/db",
                ENTITIES);
    }

    /** Migrates the seal schema on {@code dataSource} and opens the store. */
    public static SealStore open(DataSource dataSource) {
        return on(JpaUnit.open(settings(dataSource)));
    }

    /** The store over an open (migrated) seal persistence unit, which the caller closes. */
    public static SealStore on(JpaUnit unit) {
        return new SealStore(unit);
    }

    /** The database's JDBC URL as its driver reports it. */
    public String databaseUrl() {
        return unit.databaseUrl();
    }

    /** The registry's audit outbox, which the audit trail integrates. */
    public AuditOutboxTable auditOutbox() {
        return auditOutbox;
    }

    /**
     * Writes audit events into {@link #auditOutbox()} in this store's transactions and, after each
     * commit, asks the trail {@code trails} gives then to integrate them.
     */
    public AuditOutboxWriter auditWriter(Supplier<AuditTrail> trails, TimeSource clock) {
        return new AuditOutboxWriter(unit, auditOutbox, trails, clock);
    }

    /** Runs {@code work} in one transaction (see {@link JpaUnit#inTransaction}). */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }

    /** The seal, if registered. */
    public Optional<SealEntity> find(EntityManager manager, String esId) {
        return Optional.ofNullable(manager.find(SealEntity.class, esId));
    }

    /** The seal, locked for update until the transaction ends; fails with {@code SEAL_NOT_FOUND}. */
    public SealEntity lock(EntityManager manager, String esId) {
        SealEntity seal = manager.find(SealEntity.class, esId, LockModeType.PESSIMISTIC_WRITE);
        if (seal == null) {
            throw notFound(esId);
        }
        return seal;
    }

    /** The seal; fails with {@code SEAL_NOT_FOUND}. */
    public SealEntity get(EntityManager manager, String esId) {
        return find(manager, esId).orElseThrow(() -> notFound(esId));
    }

    /** Creates the counter if it does not exist yet; safe when several nodes start at once. */
    public void ensureCounter(String counterId) {
        unit.insertIfAbsent(CounterEntity.class, counterId, () -> new CounterEntity(counterId));
    }

    /** Takes the next value of a counter under a row lock, so concurrent nodes never share one. */
    public long nextValue(EntityManager manager, String counterId) {
        CounterEntity counter = manager.find(CounterEntity.class, counterId, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "counter " + counterId + " is missing");
        }
        return counter.next();
    }

    /**
     * The next serial number of the county time-stamp authority, from the database sequence
     * {@code seal_tsa_serial} (migration V4): every node on this database takes distinct numbers.
     */
    public long nextTimeStampSerial() {
        return nextInSequence("seal_tsa_serial");
    }

    /**
     * The cRLNumber of the county CA's next CRL, from the database sequence {@code seal_crl_number}
     * (migration V6): larger than every number issued before, on every node.
     */
    public long nextCrlNumber() {
        return nextInSequence("seal_crl_number");
    }

    private long nextInSequence(String sequence) {
        return unit.inTransaction(manager -> ((Number) manager.createNativeQuery(
                unit.dialect().nextValue(sequence)).getSingleResult()).longValue());
    }

    /** Every seal in one of the given states, by esID. */
    public List<SealEntity> sealsIn(EntityManager manager, List<String> states) {
        return manager.createQuery("select s from SealEntity s where s.state in :states order by s.esId",
                SealEntity.class).setParameter("states", states).getResultList();
    }

    /** The number the next transition of the seal gets (1 for the request). */
    public int nextStep(EntityManager manager, String esId) {
        return nextNumber(manager, "select count(t) from TransitionEntity t where t.esId = :id", esId);
    }

    /** The seals whose owner division starts with {@code prefix}, centre seals before their sub-seals. */
    public List<SealEntity> sealsWithin(EntityManager manager, String prefix) {
        return manager.createQuery("select s from SealEntity s where s.ownerDivision like :prefix "
                + "order by coalesce(s.parentEsId, s.esId), s.subNumber", SealEntity.class)
                .setParameter("prefix", prefix + "%").getResultList();
    }

    /** The seals of a centre (owner division) in one of the given states. */
    public List<SealEntity> centreSealsIn(EntityManager manager, String ownerDivision, List<String> states) {
        return manager.createQuery("select s from SealEntity s where s.ownerDivision = :division "
                + "and s.parentEsId is null and s.state in :states", SealEntity.class)
                .setParameter("division", ownerDivision).setParameter("states", states).getResultList();
    }

    /** The sub-seals of a seal, by number. */
    public List<SealEntity> subSeals(EntityManager manager, String parentEsId) {
        return manager.createQuery("select s from SealEntity s where s.parentEsId = :parent order by s.subNumber",
                SealEntity.class).setParameter("parent", parentEsId).getResultList();
    }

    /**
     * How many transitions the registry holds. Transitions are only ever added, and every change of
     * a seal's state adds one, so an unchanged count means no seal changed state.
     */
    public long transitionCount(EntityManager manager) {
        return manager.createQuery("select count(t) from TransitionEntity t", Long.class).getSingleResult();
    }

    /** The transitions of every seal in one of {@code states}, seal by seal, each seal's oldest first. */
    public List<TransitionEntity> transitionsOfSealsIn(EntityManager manager, List<String> states) {
        return manager.createQuery("select t from TransitionEntity t where t.esId in (select s.esId from SealEntity s"
                + " where s.state in :states) order by t.esId, t.step", TransitionEntity.class)
                .setParameter("states", states).getResultList();
    }

    /** The seal's transitions, oldest first. */
    public List<TransitionEntity> transitions(EntityManager manager, String esId) {
        return ofSeal(manager, "select t from TransitionEntity t where t.esId = :id order by t.step",
                TransitionEntity.class, esId);
    }

    /** The seal's uses, oldest first. */
    public List<UseEntity> uses(EntityManager manager, String esId) {
        return ofSeal(manager, "select u from UseEntity u where u.esId = :id order by u.usedAt, u.useId",
                UseEntity.class, esId);
    }

    /**
     * The seal's latest recorded lifecycle step by the time it was recorded (not its step number: the
     * steps may come from servers whose clocks differ), if it has any.
     */
    public Optional<SealTransition> latestTransition(EntityManager manager, String esId) {
        return manager.createQuery("select t from TransitionEntity t where t.esId = :id "
                + "order by t.recordedAt desc, t.step desc", TransitionEntity.class).setParameter("id", esId)
                .setMaxResults(1).getResultList().stream().findFirst().map(TransitionEntity::toTransition);
    }

    /** The time of the seal's latest use (by the index ix_seal_use_seal), if it was ever used. */
    public Optional<Instant> latestUseTime(EntityManager manager, String esId) {
        return manager.createQuery("select u.usedAt from UseEntity u where u.esId = :id order by u.usedAt desc",
                Instant.class).setParameter("id", esId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The use that made the signature with this SM3 hash (index ix_seal_use_signature), if any. */
    public Optional<UseEntity> useOfSignature(EntityManager manager, String esId, String signatureHash) {
        return manager.createQuery("select u from UseEntity u where u.esId = :id and u.signatureHash = :hash "
                + "order by u.usedAt, u.useId", UseEntity.class).setParameter("id", esId).setParameter("hash", signatureHash)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Up to {@code limit} uses that no evidence record covers yet, oldest first. */
    public List<UseEntity> usesWithoutEvidenceRecord(EntityManager manager, int limit) {
        return manager.createQuery("select u from UseEntity u where not exists (select e from EvidenceRecordEntity e"
                + " where e.useId = u.useId) order by u.usedAt, u.useId", UseEntity.class).setMaxResults(limit)
                .getResultList();
    }

    /**
     * Up to {@code limit} evidence records whose last archive time-stamp is signed by a certificate
     * expiring before {@code before}, soonest first.
     */
    public List<EvidenceRecordEntity> evidenceRecordsExpiringBefore(EntityManager manager, Instant before,
            int limit) {
        return manager.createQuery("select e from EvidenceRecordEntity e where e.tsaNotAfter < :before"
                + " order by e.tsaNotAfter, e.useId", EvidenceRecordEntity.class).setParameter("before", before)
                .setMaxResults(limit).getResultList();
    }

    /** The use's evidence record, locked for update until the transaction ends. */
    public EvidenceRecordEntity lockEvidenceRecord(EntityManager manager, String useId) {
        return manager.find(EvidenceRecordEntity.class, useId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The evidence record of the use that made the signature with this SM3 hash, if covered. */
    public Optional<EvidenceRecordEntity> evidenceRecordOfSignature(EntityManager manager, String esId,
            String signatureHash) {
        return useOfSignature(manager, esId, signatureHash)
                .map(use -> manager.find(EvidenceRecordEntity.class, use.useId()));
    }

    /** The operator's custody grants of the seal that are not withdrawn. */
    public List<CustodyEntity> activeCustody(EntityManager manager, String esId, String operator) {
        return manager.createQuery("select c from CustodyEntity c where c.esId = :id and c.operatorId = :operator "
                + "and c.withdrawnAt is null", CustodyEntity.class)
                .setParameter("id", esId).setParameter("operator", operator).getResultList();
    }

    /** The seal's proposals, oldest first. */
    public List<ProposalEntity> proposals(EntityManager manager, String esId) {
        return ofSeal(manager, "select p from ProposalEntity p where p.esId = :id order by p.proposalNumber",
                ProposalEntity.class, esId);
    }

    /** The number the seal's next proposal gets (1 for the first); call it under the seal's row lock. */
    public int nextProposalNumber(EntityManager manager, String esId) {
        return nextNumber(manager, "select count(p) from ProposalEntity p where p.esId = :id", esId);
    }

    /** The rows {@code jpql} selects for the seal {@code esId} (its parameter {@code :id}). */
    private static <T> List<T> ofSeal(EntityManager manager, String jpql, Class<T> type, String esId) {
        return manager.createQuery(jpql, type).setParameter("id", esId).getResultList();
    }

    /** One more than the count {@code jpql} makes of the seal's rows: the number its next row gets. */
    private static int nextNumber(EntityManager manager, String countJpql, String esId) {
        return manager.createQuery(countJpql, Number.class).setParameter("id", esId).getSingleResult().intValue() + 1;
    }

    /** The seal's proposal {@code proposalId}; fails with {@code SEAL_PROPOSAL_NOT_FOUND}. */
    public ProposalEntity proposal(EntityManager manager, String esId, String proposalId) {
        ProposalEntity proposal = proposalId == null ? null : manager.find(ProposalEntity.class, proposalId);
        if (proposal == null || !proposal.esId().equals(esId)) {
            throw new BianminException(ErrorCode.SEAL_PROPOSAL_NOT_FOUND, "seal " + esId + " has no proposal "
                    + proposalId + "; list the seal's proposals for their ids");
        }
        return proposal;
    }

    /** The seal's custody grants, held and withdrawn, oldest first. */
    public List<CustodyEntity> custody(EntityManager manager, String esId) {
        return ofSeal(manager, "select c from CustodyEntity c where c.esId = :id order by c.grantedAt, c.custodyId",
                CustodyEntity.class, esId);
    }

    /** The seals the operator holds under a grant not withdrawn, in the order of {@link #sealsWithin}. */
    public List<SealEntity> sealsInCustodyOf(EntityManager manager, String operator) {
        return manager.createQuery("select s from SealEntity s where s.esId in (select c.esId from CustodyEntity c"
                + " where c.operatorId = :operator and c.withdrawnAt is null)"
                + " order by coalesce(s.parentEsId, s.esId), s.subNumber", SealEntity.class)
                .setParameter("operator", operator).getResultList();
    }

    @Override
    public void close() {
        unit.close();
    }

    private static BianminException notFound(String esId) {
        return new BianminException(ErrorCode.SEAL_NOT_FOUND,
                "no seal with esID " + esId + " is registered; check the identifier (list the division's seals)");
    }
}
