package org.bianmin.audit.internal.trail;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.Witness;
import org.bianmin.audit.internal.cosign.CosignatureRequests;
import org.bianmin.audit.internal.cosign.WitnessPolicy;
import org.bianmin.audit.internal.note.CheckpointNoteSigner;
import org.bianmin.audit.internal.note.NoteFormatException;
import org.bianmin.audit.internal.note.NoteSignature;
import org.bianmin.audit.internal.note.NoteVerifier;
import org.bianmin.audit.internal.note.SignedNote;
import org.bianmin.audit.internal.persistence.CheckpointNoteRow;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.ExportWriter;
import org.bianmin.audit.internal.log.LogTime;
import org.bianmin.audit.internal.log.ProofCodec;
import org.bianmin.audit.internal.merkle.MerkleProofs;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.audit.internal.persistence.AuditStorage;
import org.bianmin.audit.internal.persistence.CheckpointRow;
import org.bianmin.audit.internal.persistence.EntryRow;
import org.bianmin.audit.internal.persistence.HeadRow;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.audit.internal.persistence.TransactionNodes;
import org.bianmin.audit.internal.stamp.CheckpointStamper;
import org.bianmin.audit.spi.AuditKey;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.persistence.MemoryOnlyKeys;
import org.bianmin.seal.spi.TimeStampSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The audit trail on a database: each append is one transaction that locks the tree head, writes
 * the entries and the subtrees they complete, and moves the head; proofs read O(log n) stored
 * subtrees; checkpoints are signed by the county audit key.
 *
 * <p>In OSGi (configuration PID {@value #PID}) it signs checkpoints with a registered {@link AuditKey}
 * (e.g. an HSM) when there is one, otherwise with the embedded PKCS#12 key whose file and password
 * are configured, and publishes a checkpoint every {@code checkpoint_interval_minutes} when the log
 * has grown. Without either it signs with a key held in memory only, which it allows beside an
 * in-memory audit database only ({@link MemoryOnlyKeys}). Each new checkpoint is time-stamped by the
 * registered {@link TimeStampSource} when there is one ({@link CheckpointStamper}); the request is made
 * while the tree head is locked, so appends wait for the authority's answer.
 *
 * <p>It integrates the modules' audit outboxes ({@link AuditOutbox}, {@link OutboxIntegrator}) when a
 * module asks right after a commit, and every registered outbox when it starts and every
 * {@code outbox_interval_millis} after, so that what was written while it was stopped reaches the log.
 */
@Component(service = AuditTrail.class, immediate = true, configurationPid = AuditTrailComponent.PID)
@Designate(ocd = AuditTrailComponent.Config.class)
public final class AuditTrailComponent implements AuditTrail {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.audit.trail";

    private static final System.Logger LOG = System.getLogger(AuditTrailComponent.class.getName());

    /** The county audit key and the checkpoint schedule. */
    @ObjectClassDefinition(name = "Bianmin audit trail",
            description = "The county audit key that signs checkpoints, and how often checkpoints are published.")
    public @interface Config {
        @AttributeDefinition(name = "Key store file",
                description = "Encrypted PKCS#12 file of the county audit key; created with a new SM2 key when absent.")
        String keystore_path() default "./bianmin-data/audit-key.p12";

        @AttributeDefinition(name = "Key store password", type = AttributeType.PASSWORD, required = false,
                description = "Password of the key store. Without it the trail signs with a key held in memory"
                        + " only, whose checkpoints cannot be verified after a restart.")
        String keystore_password() default "";

        @AttributeDefinition(name = "Checkpoint interval (minutes)",
                description = "Publish a checkpoint this often when the log has grown; 0 publishes on demand only.")
        int checkpoint_interval_minutes() default 60;

        @AttributeDefinition(name = "Log origin",
                description = "The origin line of the checkpoint notes and the key name of their signatures"
                        + " (a schema-less URL that names this log).")
        String origin() default DEFAULT_ORIGIN;

        @AttributeDefinition(name = "Witnesses", required = false,
                description = "Witnesses asked to cosign each checkpoint: '<verifier key> <submission URL prefix>',"
                        + " or '<verifier key> local' for a witness running in this platform.")
        String[] witnesses() default {};

        @AttributeDefinition(name = "Witness quorum",
                description = "How many of the witnesses must cosign a checkpoint before it counts.")
        int witness_quorum() default 0;

        @AttributeDefinition(name = "Outbox interval (milliseconds)",
                description = "How often the trail looks into the modules' audit outboxes for records that were"
                        + " not integrated right after their commit (e.g. written while the trail was stopped).")
        long outbox_interval_millis() default 1000;

        @AttributeDefinition(name = "Witness login", required = false,
                description = "User name sent (HTTP basic) to witnesses reached over HTTP; empty sends none.")
        String witness_user() default "";

        @AttributeDefinition(name = "Witness password", type = AttributeType.PASSWORD, required = false,
                description = "Password of the witness login.")
        String witness_password() default "";

        @AttributeDefinition(name = "Require checkpoint time-stamps",
                description = "Refuse to publish a checkpoint that no time-stamp authority stamped; when false such a"
                        + " checkpoint is published without a stamp and a warning is logged.")
        boolean checkpoint_timestamp_required() default false;
    }

    /** The origin of a trail that is not configured with one. */
    public static final String DEFAULT_ORIGIN = "luding.gov.cn/bianmin/audit";

    /** The most events one {@link #appendAll} takes. */
    public static final int MAX_BATCH = 10_000;

    private static final int EXPORT_PAGE = 1_000;

    private final JpaUnit unit;
    private final AuditKey key;
    private final TimeSource clock;
    private final byte[] publicKey;
    private final String keyId;
    private final ScheduledExecutorService schedule;
    private final CheckpointNoteSigner notes;
    private final WitnessPolicy witnesses;
    private final CosignatureRequests cosigning;
    private final CheckpointStamper stamper;
    private final LogAppender log;
    private final OutboxIntegrator outboxes;
    private final ScheduledExecutorService integration;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Witness> localWitnesses = List.of();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TimeStampSource timeStamps;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<AuditOutbox> registeredOutboxes = List.of();

    /** A trail without a checkpoint schedule: checkpoints are published on demand. */
    public AuditTrailComponent(JpaUnit unit, AuditKey key, TimeSource clock) {
        this(unit, key, clock, DEFAULT_ORIGIN, WitnessPolicy.NONE);
    }

    /** A trail of {@code origin} that asks the witnesses of {@code witnesses} to cosign its checkpoints. */
    public AuditTrailComponent(JpaUnit unit, AuditKey key, TimeSource clock, String origin, WitnessPolicy witnesses) {
        this(unit, key, clock, origin, witnesses, CheckpointStamper.NONE);
    }

    /** The same, time-stamping its checkpoints with {@code stamper}. */
    public AuditTrailComponent(JpaUnit unit, AuditKey key, TimeSource clock, String origin, WitnessPolicy witnesses,
            CheckpointStamper stamper) {
        this(unit, key, clock, 0, origin, witnesses, stamper);
    }

    /** The service in OSGi, on the trail's database, with the registered key and clock when there are. */
    @Activate
    public AuditTrailComponent(@Reference AuditStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            AuditKey registeredKey,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        this(storage.unit(), registeredKey, config, TimeSource.orSystem(clock));
    }

    private AuditTrailComponent(JpaUnit unit, AuditKey registeredKey, Config config, TimeSource clock) {
        this.unit = unit;
        this.key = key(registeredKey, config, clock.now(), unit);
        this.clock = clock;
        this.publicKey = key.publicKey();
        this.keyId = CheckpointCodec.keyId(publicKey);
        this.notes = signer(config.origin(), key);
        this.witnesses = WitnessPolicy.configured(config.witnesses(), config.witness_quorum(), config.witness_user(),
                config.witness_password(), this::localWitness);
        this.cosigning = new CosignatureRequests(witnesses);
        this.stamper = new CheckpointStamper(() -> timeStamps, config.checkpoint_timestamp_required()
                ? CheckpointStamper.Policy.REQUIRED : CheckpointStamper.Policy.OPTIONAL);
        this.log = new LogAppender(clock);
        this.outboxes = new OutboxIntegrator(unit, log);
        this.schedule = schedule(config.checkpoint_interval_minutes());
        this.integration = integration(config.outbox_interval_millis());
    }

    private AuditTrailComponent(JpaUnit unit, AuditKey key, TimeSource clock, int checkpointMinutes, String origin,
            WitnessPolicy witnesses, CheckpointStamper stamper) {
        this.unit = unit;
        this.key = key;
        this.clock = clock;
        this.publicKey = key.publicKey();
        this.keyId = CheckpointCodec.keyId(publicKey);
        this.notes = signer(origin, key);
        this.witnesses = witnesses;
        this.cosigning = new CosignatureRequests(witnesses);
        this.stamper = stamper;
        this.log = new LogAppender(clock);
        this.outboxes = new OutboxIntegrator(unit, log);
        this.schedule = schedule(checkpointMinutes);
        this.integration = null;
    }

    private static CheckpointNoteSigner signer(String origin, AuditKey key) {
        try {
            return new CheckpointNoteSigner(origin, key);
        } catch (NoteFormatException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "origin '" + origin + "' is not a note key name: "
                    + e.getMessage(), e);
        }
    }

    private Witness localWitness(String name) {
        return localWitnesses.stream().filter(witness -> witness.name().equals(name)).findFirst().orElse(null);
    }

    private ScheduledExecutorService schedule(int checkpointMinutes) {
        if (checkpointMinutes < 0) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "checkpoint_interval_minutes must be 0 or more, got " + checkpointMinutes);
        }
        if (checkpointMinutes == 0) {
            return null;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bianmin-audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::publishIfGrown, checkpointMinutes, checkpointMinutes, TimeUnit.MINUTES);
        return executor;
    }

    /**
     * Integrates the registered outboxes at once (catching up on what waited while the trail was
     * stopped), then every {@code millis} after the end of the previous pass.
     */
    private ScheduledExecutorService integration(long millis) {
        if (millis < 1) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "outbox_interval_millis must be 1 or more, got " + millis);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bianmin-audit-outboxes");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::integrateRegistered, 0, millis, TimeUnit.MILLISECONDS);
        return executor;
    }

    /**
     * The registered key, else the configured key store's, else (beside an in-memory database only) a
     * key in memory. A configured key store is created at the first start; once the log holds
     * checkpoints signed with it, a missing key store is refused rather than made anew, since a
     * new key would sign checkpoints that no auditor's pinned key verifies (a restore without the
     * keys, README "Backup and restore").
     */
    private static AuditKey key(AuditKey registered, Config config, Instant now, JpaUnit unit) {
        if (registered != null) {
            return registered;
        }
        String password = config.keystore_password();
        boolean configured = password != null && !password.isEmpty();
        MemoryOnlyKeys.requireKeySourceOrMemoryDatabase("the audit signing key (PID " + PID + ")",
                "keystore.password (and keystore.path) for PID " + PID + ", or register an AuditKey service (an HSM)",
                configured, unit.databaseUrl());
        if (!configured) {
            LOG.log(Level.WARNING, "no keystore_password configured for " + PID + ": checkpoints are signed with a"
                    + " key held in memory only and cannot be verified after a restart");
            return Pkcs12AuditKey.ephemeral();
        }
        Path file = Path.of(config.keystore_path());
        if (!Files.exists(file)) {
            long signed = unit.inTransaction(em -> ((Number) em.createNativeQuery(
                    "SELECT COUNT(*) FROM audit_checkpoint").getSingleResult()).longValue());
            if (signed > 0) {
                throw new BianminException(ErrorCode.AUDIT_KEY_UNAVAILABLE, "the audit key store " + file
                        + " does not exist, but this log holds " + signed
                        + (signed == 1 ? " checkpoint" : " checkpoints") + " signed with the county audit key:"
                        + " restore the key store taken with the database (README, \"Backup and restore\");"
                        + " a new key would sign checkpoints that no auditor's pinned key verifies");
            }
        }
        return Pkcs12AuditKey.openOrCreate(file, password.toCharArray(), now);
    }

    /** Publishes a checkpoint when the log has grown since the newest one (the periodic task). */
    void publishIfGrown() {
        try {
            long size = size();
            Optional<Checkpoint> latest = latestCheckpoint();
            if (latest.isEmpty() || latest.get().treeSize() < size) {
                Checkpoint checkpoint = publishCheckpoint();
                LOG.log(Level.INFO, "published audit checkpoint of " + checkpoint.treeSize() + " entries");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "cannot publish an audit checkpoint: " + e.getMessage(), e);
        }
    }

    @Deactivate
    void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
        if (integration != null) {
            integration.shutdownNow();
        }
    }


    @Override
    public AuditEntry append(AuditEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    @Override
    public List<AuditEntry> appendAll(List<AuditEvent> events) {
        if (events == null || events.isEmpty() || events.size() > MAX_BATCH) {
            throw BianminException.invalid("append between 1 and " + MAX_BATCH + " events at a time");
        }
        for (AuditEvent event : events) {
            if (event == null) {
                throw BianminException.invalid("an audit event is missing");
            }
        }
        return unit.inTransaction(manager -> log.append(manager, lockHead(manager), events));
    }

    @Override
    public int integrate(AuditOutbox outbox) {
        return outboxes.integrate(outbox);
    }

    /** Integrates every registered outbox (the periodic task, which also catches up after a restart). */
    void integrateRegistered() {
        for (AuditOutbox outbox : registeredOutboxes) {
            try {
                int appended = outboxes.integrate(outbox);
                if (appended > 0) {
                    LOG.log(Level.DEBUG, "integrated " + appended + " records of the " + outbox.source() + " outbox");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "cannot integrate the " + outbox.source() + " audit outbox, its records wait"
                        + " for the next pass: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public long size() {
        return unit.inTransaction(manager -> head(manager).treeSize());
    }

    @Override
    public AuditEntry entry(long sequence) {
        return unit.inTransaction(manager -> {
            EntryRow row = manager.find(EntryRow.class, sequence);
            if (row == null) {
                throw new BianminException(ErrorCode.AUDIT_ENTRY_NOT_FOUND, "the audit trail has no entry " + sequence);
            }
            return toEntry(row);
        });
    }

    @Override
    public List<AuditEntry> entries(long from, long to) {
        if (from < 0 || to < from || to - from > MAX_BATCH) {
            throw BianminException.invalid("entries are read in ranges of at most " + MAX_BATCH
                    + " from a non-negative start, got [" + from + ", " + to + ")");
        }
        return unit.inTransaction(manager -> rows(manager, from, to).stream().map(AuditTrailComponent::toEntry).toList());
    }

    /**
     * Publishes the checkpoint with its signed note and its time-stamp in one transaction, then,
     * when it is new, asks the policy's witnesses to cosign it and stores the cosignatures that verify.
     * Fails with {@code TIMESTAMP_UNAVAILABLE}, publishing nothing, when stamps are required and no
     * authority gives one.
     */
    @Override
    public Checkpoint publishCheckpoint() {
        SignedNote[] published = new SignedNote[1];
        Checkpoint checkpoint = unit.inTransaction(manager -> {
            HeadRow head = lockHead(manager);
            CheckpointRow existing = manager.find(CheckpointRow.class, head.treeSize());
            if (existing != null) {
                return existing.toCheckpoint();
            }
            byte[] root = head.rootHash() == null ? new Sm3Hasher().empty() : head.rootHash();
            Instant time = LogTime.truncate(clock.now());
            byte[] signature = key.sign(CheckpointCodec.signedBytes(head.treeSize(), root, time));
            Checkpoint made = new Checkpoint(head.treeSize(), root, time, keyId, signature);
            manager.persist(new CheckpointRow(made));
            published[0] = notes.sign(made);
            byte[] stamp = stamper.stamp(made.treeSize(), published[0].text());
            manager.persist(new CheckpointNoteRow(made.treeSize(), published[0].encoded(), stamp));
            return made;
        });
        if (published[0] != null && !witnesses.witnesses().isEmpty()) {
            cosign(checkpoint.treeSize(), published[0]);
        }
        return checkpoint;
    }

    private void cosign(long treeSize, SignedNote note) {
        List<NoteSignature> cosignatures = cosigning.request(note, treeSize,
                old -> consistencyProof(old, treeSize).path());
        if (cosignatures.isEmpty()) {
            return;
        }
        unit.run(manager -> {
            CheckpointNoteRow row = manager.find(CheckpointNoteRow.class, treeSize, LockModeType.PESSIMISTIC_WRITE);
            StringBuilder lines = new StringBuilder(row.cosignatureLines());
            cosignatures.forEach(signature -> lines.append(signature.line()));
            row.cosignatureLines(lines.toString());
        });
    }

    @Override
    public String checkpointNote(long treeSize) {
        return note(treeSize).encoded();
    }

    private SignedNote note(long treeSize) {
        return unit.inTransaction(manager -> note(manager, treeSize));
    }

    private SignedNote note(EntityManager manager, long treeSize) {
        CheckpointNoteRow row = manager.find(CheckpointNoteRow.class, treeSize);
        if (row == null) {
            CheckpointRow checkpoint = manager.find(CheckpointRow.class, treeSize);
            if (checkpoint == null) {
                throw new BianminException(ErrorCode.CHECKPOINT_NOT_FOUND,
                        "no checkpoint was published for a tree of " + treeSize + " entries");
            }
            // a checkpoint published before notes existed gains its note on first request
            row = new CheckpointNoteRow(treeSize, notes.sign(checkpoint.toCheckpoint()).encoded());
            manager.persist(row);
        }
        SignedNote note = SignedNote.parse(row.noteText());
        String cosignatures = row.cosignatureLines();
        return cosignatures.isEmpty() ? note : note.with(cosignatures.lines().map(NoteSignature::parse).toList());
    }

    @Override
    public Optional<byte[]> checkpointTimeStamp(long treeSize) {
        return unit.inTransaction(manager -> {
            note(manager, treeSize);
            return Optional.ofNullable(manager.find(CheckpointNoteRow.class, treeSize).timeStampToken());
        });
    }

    @Override
    public List<String> noteVerifierKeys() {
        return notes.verifiers().stream().map(NoteVerifier::verifierKey).toList();
    }

    @Override
    public boolean witnessed(long treeSize) {
        return witnesses.met(note(treeSize));
    }

    @Override
    public Optional<Checkpoint> latestCheckpoint() {
        return unit.inTransaction(AuditTrailComponent::newestCheckpoint);
    }

    @Override
    public Checkpoint checkpoint(long treeSize) {
        return unit.inTransaction(manager -> {
            CheckpointRow row = manager.find(CheckpointRow.class, treeSize);
            if (row == null) {
                throw new BianminException(ErrorCode.CHECKPOINT_NOT_FOUND,
                        "no checkpoint was published for a tree of " + treeSize + " entries");
            }
            return row.toCheckpoint();
        });
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return unit.inTransaction(AuditTrailComponent::allCheckpoints);
    }

    @Override
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        return proofWithin(size -> sequence >= 0 && sequence < treeSize && treeSize <= size,
                size -> "entry " + sequence + " is not in a tree of " + treeSize + " entries (the trail holds " + size
                        + ")",
                proofs -> new InclusionProof(sequence, treeSize, proofs.inclusion(sequence, treeSize)));
    }

    @Override
    public ConsistencyProof consistencyProof(long fromSize, long toSize) {
        return proofWithin(size -> fromSize >= 0 && toSize >= fromSize && toSize <= size,
                size -> "no consistency proof from " + fromSize + " to " + toSize + " entries (the trail holds " + size
                        + ")",
                proofs -> new ConsistencyProof(fromSize, toSize, proofs.consistency(fromSize, toSize)));
    }

    /**
     * A proof over the trail as it is now (RFC 9162 §2.1.3, §2.1.4), refused with
     * {@code PROOF_RANGE_INVALID} when the sizes asked for do not fit the trail's size.
     */
    private <T> T proofWithin(LongPredicate fits, LongFunction<String> refusal, Function<MerkleProofs, T> proof) {
        return unit.inTransaction(manager -> {
            long size = head(manager).treeSize();
            if (!fits.test(size)) {
                throw new BianminException(ErrorCode.PROOF_RANGE_INVALID, refusal.apply(size));
            }
            return proof.apply(proofs(manager));
        });
    }

    @Override
    public byte[] checkpointPublicKey() {
        return publicKey.clone();
    }

    /**
     * Writes the rows as they are: an entry altered in the database is exported altered (and a
     * payload that is no longer canonical stays so), which is what the verifier must see.
     */
    @Override
    public void export(OutputStream out) {
        unit.run(manager -> {
            long size = head(manager).treeSize();
            List<Checkpoint> checkpoints = allCheckpoints(manager);
            long rows = manager.createQuery("SELECT COUNT(e) FROM EntryRow e WHERE e.seqNo < :size", Long.class)
                    .setParameter("size", size).getSingleResult();
            try {
                ExportWriter writer = new ExportWriter(out);
                writer.header(rows, checkpoints.size(), publicKey);
                for (long from = 0; from < size; from += EXPORT_PAGE) {
                    for (EntryRow row : rows(manager, from, Math.min(size, from + EXPORT_PAGE))) {
                        writer.entry(row.line());
                    }
                    manager.clear();
                }
                for (Checkpoint checkpoint : checkpoints) {
                    writer.checkpoint(checkpoint);
                }
                out.flush();
            } catch (IOException e) {
                throw new BianminException(ErrorCode.STORAGE_FAILURE, "cannot write the export: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public void exportProof(long sequence, OutputStream out) {
        String proof = unit.inTransaction(manager -> {
            EntryRow row = manager.find(EntryRow.class, sequence);
            if (row == null) {
                throw new BianminException(ErrorCode.AUDIT_ENTRY_NOT_FOUND, "the audit trail has no entry " + sequence);
            }
            Checkpoint newest = newestCheckpoint(manager).filter(checkpoint -> checkpoint.treeSize() > sequence)
                    .orElseThrow(() -> new BianminException(ErrorCode.CHECKPOINT_NOT_FOUND, "no checkpoint covers"
                            + " entry " + sequence + " yet: publish a checkpoint, then ask again"));
            List<byte[]> path = proofs(manager).inclusion(sequence, newest.treeSize());
            String note = note(manager, newest.treeSize()).encoded();
            byte[] stamp = manager.find(CheckpointNoteRow.class, newest.treeSize()).timeStampToken();
            return ProofCodec.write(new InclusionProof(sequence, newest.treeSize(), path), row.line(), newest, note,
                    stamp);
        });
        try {
            out.write((proof + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "cannot write the proof: " + e.getMessage(), e);
        }
    }

    private static HeadRow lockHead(EntityManager manager) {
        return LogAppender.lockHead(manager);
    }

    private static MerkleProofs proofs(EntityManager manager) {
        return new MerkleProofs(new TransactionNodes(manager), new Sm3Hasher());
    }

    private static HeadRow head(EntityManager manager) {
        return LogAppender.head(manager);
    }

    private static List<EntryRow> rows(EntityManager manager, long from, long to) {
        return manager.createQuery("SELECT e FROM EntryRow e WHERE e.seqNo >= :from AND e.seqNo < :to"
                + " ORDER BY e.seqNo", EntryRow.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static Optional<Checkpoint> newestCheckpoint(EntityManager manager) {
        return manager.createQuery("SELECT c FROM CheckpointRow c ORDER BY c.treeSize DESC", CheckpointRow.class)
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(CheckpointRow::toCheckpoint);
    }

    private static List<Checkpoint> allCheckpoints(EntityManager manager) {
        return manager.createQuery("SELECT c FROM CheckpointRow c ORDER BY c.treeSize", CheckpointRow.class)
                .getResultList().stream().map(CheckpointRow::toCheckpoint).toList();
    }

    private static AuditEntry toEntry(EntryRow row) {
        String line = row.line();
        try {
            return row.toEntry(new Sm3Hasher().leaf(line.getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | BianminException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "audit entry " + row.sequence()
                    + " is damaged in the database (" + e.getMessage() + "): run the offline verifier on an export", e);
        }
    }
}
