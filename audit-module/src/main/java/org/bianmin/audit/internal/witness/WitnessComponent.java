package org.bianmin.audit.internal.witness;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.Witness;
import org.bianmin.audit.WitnessAnswer;
import org.bianmin.audit.WitnessAnswer.Outcome;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.log.LogTime;
import org.bianmin.audit.internal.merkle.ProofOutcome;
import org.bianmin.audit.internal.merkle.ProofVerifier;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.audit.internal.note.CheckpointText;
import org.bianmin.audit.internal.note.CosignatureVerifier;
import org.bianmin.audit.internal.note.NoteFormatException;
import org.bianmin.audit.internal.note.NoteSignature;
import org.bianmin.audit.internal.note.NoteVerifier;
import org.bianmin.audit.internal.note.SignedNote;
import org.bianmin.audit.internal.note.VerifierKeys;
import org.bianmin.audit.spi.AuditKey;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.internal.persistence.MemoryOnlyKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * A witness (C2SP tlog-witness) on a database: for each log it trusts (an origin and its note
 * keys) it keeps the latest checkpoint it cosigned, and answers {@code add-checkpoint} in the
 * order of the specification: 400 for a malformed body, 404 for an unknown origin, 403 when no
 * trusted signature verifies (or a trusted one fails), 400 for an old size beyond the checkpoint,
 * then, under a lock on the log's row, 409 when the old size is not the size it cosigned last (or
 * the same size has another root), 422 when the RFC 9162 consistency proof (SM3) fails; otherwise it
 * records the checkpoint and returns its Ed25519 cosignature (tlog-cosignature v1, time from the
 * platform's {@link TimeSource}). It never cosigns a checkpoint that does not extend the last one.
 *
 * <p>In OSGi it runs only when configured (PID {@value #PID}), with its own key store: the Ed25519
 * half of a key store like the audit key's is its cosigning key.
 */
@Component(service = Witness.class, configurationPid = WitnessComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WitnessComponent.Config.class)
public final class WitnessComponent implements Witness {
    /** The configuration PID. */
    public static final String PID = "org.bianmin.audit.witness";

    private static final System.Logger LOG = System.getLogger(WitnessComponent.class.getName());

    /** The witness's name, key and the logs it trusts. */
    @ObjectClassDefinition(name = "Bianmin witness",
            description = "A witness that cosigns the checkpoints of the logs it trusts (C2SP tlog-witness).")
    public @interface Config {
        @AttributeDefinition(name = "Witness name",
                description = "The key name of the cosignatures, a schema-less URL, e.g. ganzi.gov.cn/bianmin/witness.")
        String name();

        @AttributeDefinition(name = "Trusted logs",
                description = "Verifier keys of the logs' note signatures (<origin>+<key ID>+<base64 key>); the key"
                        + " name is the log's origin. Several keys of one origin are all trusted.")
        String[] logs();

        @AttributeDefinition(name = "Key store file",
                description = "Encrypted PKCS#12 file of the witness key; created when absent.")
        String keystore_path() default "./bianmin-data/witness-key.p12";

        @AttributeDefinition(name = "Key store password", type = AttributeType.PASSWORD, required = false,
                description = "Password of the key store. Without it the witness cosigns with a key held in memory"
                        + " only, which is allowed beside an in-memory database only.")
        String keystore_password() default "";
    }

    private final JpaUnit unit;
    private final String name;
    private final AuditKey key;
    private final CosignatureVerifier cosigner;
    private final Map<String, List<NoteVerifier>> logs;
    private final TimeSource clock;
    private final ProofVerifier proofs = new ProofVerifier(new Sm3Hasher());

    /** A witness named {@code name} that cosigns with {@code key}'s Ed25519 half for the logs of {@code logKeys}. */
    public WitnessComponent(JpaUnit unit, String name, AuditKey key, List<NoteVerifier> logKeys, TimeSource clock) {
        this.unit = unit;
        this.key = key;
        this.clock = clock;
        try {
            this.cosigner = new CosignatureVerifier(name, key.ed25519PublicKey().orElseThrow(() ->
                    new BianminException(ErrorCode.CONFIGURATION_INVALID, "the witness key has no Ed25519 key")));
        } catch (NoteFormatException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "witness name '" + name + "': " + e.getMessage(), e);
        }
        this.name = name;
        Map<String, List<NoteVerifier>> byOrigin = new LinkedHashMap<>();
        logKeys.forEach(log -> byOrigin.computeIfAbsent(log.name(), origin -> new ArrayList<>()).add(log));
        if (byOrigin.isEmpty()) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "a witness needs at least one trusted log key");
        }
        byOrigin.replaceAll((origin, keys) -> List.copyOf(keys));
        this.logs = Map.copyOf(byOrigin);
        logs.keySet().forEach(this::seed);
    }

    /** The witness in OSGi. */
    @Activate
    public WitnessComponent(@Reference WitnessStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            Config config) {
        this(storage.unit(), config.name(), key(config, storage.unit().databaseUrl(), clock), logKeys(config.logs()),
                TimeSource.orSystem(clock));
    }

    private static AuditKey key(Config config, String databaseUrl, TimeSource clock) {
        String password = config.keystore_password();
        boolean configured = password != null && !password.isEmpty();
        MemoryOnlyKeys.requireKeySourceOrMemoryDatabase("the witness key (PID " + PID + ")",
                "keystore.password (and keystore.path) for PID " + PID, configured, databaseUrl);
        if (!configured) {
            LOG.log(Level.WARNING, "no keystore_password configured for " + PID + ": the witness cosigns with a key held"
                    + " in memory only");
            return Pkcs12AuditKey.ephemeral();
        }
        return Pkcs12AuditKey.openOrCreate(Path.of(config.keystore_path()), password.toCharArray(),
                TimeSource.orSystem(clock).now());
    }

    private static List<NoteVerifier> logKeys(String[] verifierKeys) {
        List<NoteVerifier> keys = new ArrayList<>();
        for (String verifierKey : verifierKeys == null ? new String[0] : verifierKeys) {
            try {
                keys.add(VerifierKeys.parse(verifierKey));
            } catch (NoteFormatException e) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "trusted log key: " + e.getMessage(), e);
            }
        }
        return keys;
    }

    /** Makes the row of {@code origin} if it is missing; another node may make it at the same time. */
    private void seed(String origin) {
        unit.insertIfAbsent(WitnessLogRow.class, origin, () -> new WitnessLogRow(origin));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String verifierKey() {
        return cosigner.verifierKey();
    }

    @Override
    public WitnessAnswer addCheckpoint(byte[] body) {
        AddCheckpointRequest request;
        CheckpointText checkpoint;
        try {
            request = AddCheckpointRequest.parse(body);
            checkpoint = CheckpointText.parse(request.note().text());
        } catch (NoteFormatException e) {
            return new WitnessAnswer(Outcome.MALFORMED, e.getMessage() + "\n");
        }
        List<NoteVerifier> trusted = logs.get(checkpoint.origin());
        if (trusted == null) {
            return new WitnessAnswer(Outcome.UNKNOWN_LOG, "this witness trusts no log of origin "
                    + checkpoint.origin() + "\n");
        }
        String untrusted = untrusted(request.note(), trusted);
        if (untrusted != null) {
            return new WitnessAnswer(Outcome.NOT_TRUSTED, untrusted + "\n");
        }
        if (request.oldSize() > checkpoint.treeSize()) {
            return new WitnessAnswer(Outcome.MALFORMED, "old size " + request.oldSize() + " exceeds the checkpoint's size "
                    + checkpoint.treeSize() + "\n");
        }
        if (checkpoint.rootHash().length != Sm3Hasher.HASH_LENGTH) {
            return new WitnessAnswer(Outcome.MALFORMED, "the root hash must be " + Sm3Hasher.HASH_LENGTH + " bytes (SM3)\n");
        }
        return unit.inTransaction(manager -> decide(manager, request, checkpoint));
    }

    /** Why no trusted signature verifies, or null when one does and none fails. */
    private static String untrusted(SignedNote note, List<NoteVerifier> trusted) {
        boolean verified = false;
        for (NoteSignature signature : note.signatures()) {
            for (NoteVerifier key : trusted) {
                if (key.matches(signature)) {
                    if (!key.verify(note, signature)) {
                        return "the signature of trusted key " + key.name() + " does not verify";
                    }
                    verified = true;
                }
            }
        }
        return verified ? null : "no signature of a key this witness trusts for " + trusted.get(0).name();
    }

    private WitnessAnswer decide(EntityManager manager, AddCheckpointRequest request, CheckpointText checkpoint) {
        WitnessLogRow row = manager.find(WitnessLogRow.class, checkpoint.origin(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "the witness_log row of " + checkpoint.origin()
                    + " is missing: restart the witness");
        }
        long old = request.oldSize();
        long size = checkpoint.treeSize();
        byte[] root = checkpoint.rootHash();
        if (old != row.treeSize()) {
            return new WitnessAnswer(Outcome.CONFLICT, row.treeSize() + "\n");
        }
        if (old == size && row.rootHash() != null && !MessageDigest.isEqual(row.rootHash(), root)) {
            LOG.log(Level.WARNING, "log " + checkpoint.origin() + " presented another root for size " + size
                    + ": a fork, not cosigned");
            return new WitnessAnswer(Outcome.CONFLICT, row.treeSize() + "\n");
        }
        if (old == 0 && !request.proof().isEmpty()) {
            return new WitnessAnswer(Outcome.INCONSISTENT, "the consistency proof from size 0 must be empty\n");
        }
        if (old > 0 && old < size) {
            ProofOutcome outcome = proofs.consistency(old, size, row.rootHash(), root, request.proof());
            if (outcome != ProofOutcome.VALID) {
                LOG.log(Level.WARNING, "log " + checkpoint.origin() + " sent a checkpoint of " + size + " entries that"
                        + " does not extend the cosigned " + old + " (" + outcome + "): not cosigned");
                return new WitnessAnswer(Outcome.INCONSISTENT, "the consistency proof from " + old + " to " + size
                        + " entries does not verify against the checkpoint this witness cosigned (" + outcome + ")\n");
            }
        }
        String text = request.note().text();
        Instant now = clock.now();
        long time = now.getEpochSecond();
        byte[] signature = key.signEd25519(CosignatureVerifier.message(time, text.getBytes(StandardCharsets.UTF_8)));
        byte[] timestamped = ByteBuffer.allocate(8 + signature.length).putLong(time).put(signature).array();
        row.cosigned(size, root, request.note().encoded(), LogTime.toMicros(now));
        return new WitnessAnswer(Outcome.COSIGNED, new NoteSignature(name, cosigner.keyId(), timestamped).line());
    }
}
