package org.bianmin.audit.internal.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.ConsistencyProof;
import org.bianmin.audit.InclusionProof;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.ProofCodec.ConsistencyClaim;
import org.bianmin.audit.internal.log.ProofCodec.InclusionClaim;
import org.bianmin.audit.internal.log.ProofCodec.OfflineClaim;

/**
 * The offline verifier for auditors (审计员离线验证): given the county audit key, it checks a
 * checkpoint's signature, an inclusion proof, a consistency proof, an offline proof of one entry,
 * and replays an exported log to recompute the roots of its checkpoints. It trusts nothing the
 * database says: only the key, and without one given to trust no verdict passes.
 *
 * <pre>{@code
 * AuditVerifier verifier = new AuditVerifier(countyAuditKeySpki);
 * AuditVerificationReport report = verifier.verifyExport(Files.newInputStream(export), List.of(), List.of());
 * if (!report.passed()) report.failures().forEach(System.out::println);
 * }</pre>
 *
 * <p>Every outcome is an {@link AuditCheckResult}; no check throws.
 */
public final class AuditVerifier {
    private final byte[] trustedKey;

    /**
     * A verifier that trusts {@code trustedKey} (the audit key's SubjectPublicKeyInfo, DER); null
     * trusts the key an export names, which proves integrity only against that key.
     */
    public AuditVerifier(byte[] trustedKey) {
        this.trustedKey = trustedKey == null ? null : trustedKey.clone();
    }

    /** Checks a checkpoint's SM2 signature with the trusted key. */
    public AuditCheckResult checkpoint(Checkpoint checkpoint) {
        if (trustedKey == null) {
            return AuditCheckResult.failed(CheckpointSignatureCheck.name(checkpoint), Reason.KEY_NOT_TRUSTED,
                    "no audit key given to trust: give the county's published key");
        }
        return signatures(trustedKey).map(check -> check.check(checkpoint)).orElseGet(() -> AuditCheckResult.failed(
                CheckpointSignatureCheck.name(checkpoint), Reason.KEY_UNREADABLE, "the trusted key is not an SM2 key"));
    }

    /** Checks that the entry with canonical line {@code entryLine} is in {@code checkpoint}'s tree. */
    public AuditCheckResult inclusion(String entryLine, InclusionProof proof, Checkpoint checkpoint) {
        return InclusionCheck.check(entryLine, proof.leafIndex(), proof.treeSize(), proof.path(), checkpoint);
    }

    /** Checks that {@code newer}'s tree extends {@code older}'s. */
    public AuditCheckResult consistency(ConsistencyProof proof, Checkpoint older, Checkpoint newer) {
        return ConsistencyCheck.check(proof.fromSize(), proof.toSize(), proof.path(), older, newer);
    }

    /**
     * Checks an offline proof on its own: its checkpoint must be signed by the trusted key (the file
     * carries no key, so without one it fails), and its entry must lead to that checkpoint's root.
     */
    public AuditVerificationReport verifyOfflineProof(OfflineClaim claim) {
        AuditCheckResult signature = checkpoint(claim.checkpoint());
        InclusionClaim inclusion = claim.inclusion();
        AuditCheckResult included = signature.passed()
                ? InclusionCheck.check(inclusion.entryLine(), inclusion.leafIndex(), inclusion.treeSize(),
                        inclusion.path(), claim.checkpoint())
                : AuditCheckResult.failed(InclusionCheck.name(inclusion.leafIndex(), inclusion.treeSize()),
                        Reason.NO_CHECKPOINT, "the proof's checkpoint is not signed by the trusted key");
        return new AuditVerificationReport(List.of(signature, included));
    }

    /**
     * Replays an export and checks it all: format, entries, every checkpoint's signature and root,
     * {@code moreCheckpoints} obtained elsewhere (e.g. published earlier), and proofs
     * ({@link InclusionClaim}s and {@link ConsistencyClaim}s) against the checkpoints whose
     * signatures verify.
     */
    public AuditVerificationReport verifyExport(InputStream export, List<Checkpoint> moreCheckpoints, List<?> proofs)
            throws IOException {
        ExportedLog log = new ExportReader().read(export);
        List<AuditCheckResult> results = new ArrayList<>();
        Optional<CheckpointSignatureCheck> signatures = keyCheck(log, results);
        results.addAll(ReplayCheck.check(log, moreCheckpoints));
        List<Checkpoint> all = new ArrayList<>(log.checkpoints());
        all.addAll(moreCheckpoints);
        List<Checkpoint> verified = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Checkpoint checkpoint = all.get(i);
            String given = i >= log.checkpoints().size() ? " (given)" : "";
            AuditCheckResult signature = signatures.map(check -> check.check(checkpoint))
                    .orElseGet(() -> AuditCheckResult.failed(CheckpointSignatureCheck.name(checkpoint),
                            Reason.KEY_UNREADABLE, "no usable audit key"));
            if (!given.isEmpty()) {
                signature = new AuditCheckResult(signature.check().replace("]", ", given]"), signature.indication(),
                        signature.reason(), signature.detail());
            }
            results.add(signature);
            if (signature.passed()) {
                verified.add(checkpoint);
            }
        }
        for (Object proof : proofs) {
            results.add(proof(proof, verified));
        }
        return new AuditVerificationReport(results);
    }

    private Optional<CheckpointSignatureCheck> keyCheck(ExportedLog log, List<AuditCheckResult> results) {
        if (trustedKey != null) {
            Optional<CheckpointSignatureCheck> check = signatures(trustedKey);
            if (check.isEmpty()) {
                results.add(AuditCheckResult.failed("audit-key", Reason.KEY_UNREADABLE, "the trusted key is not an SM2 key"));
            } else if (log.publicKey() != null && !Arrays.equals(log.publicKey(), trustedKey)) {
                results.add(AuditCheckResult.failed("audit-key", Reason.KEY_NOT_TRUSTED, "the export names key "
                        + CheckpointCodec.keyId(log.publicKey()) + ", the trusted key is " + check.get().keyId()));
            } else {
                results.add(AuditCheckResult.passed("audit-key", "trusted key " + check.get().keyId()));
            }
            return check;
        }
        if (log.publicKey() == null) {
            results.add(AuditCheckResult.failed("audit-key", Reason.KEY_UNREADABLE, "the export names no audit key"));
            return Optional.empty();
        }
        Optional<CheckpointSignatureCheck> check = signatures(log.publicKey());
        if (check.isEmpty()) {
            results.add(AuditCheckResult.failed("audit-key", Reason.KEY_UNREADABLE, "the export's key is not an SM2 key"));
        } else {
            results.add(AuditCheckResult.failed("audit-key", Reason.KEY_NOT_TRUSTED, "no key given to trust: the"
                    + " checks below use key " + check.get().keyId() + " named by the export, which shows only that"
                    + " the export agrees with itself; give the county's published key"));
        }
        return check;
    }

    private static AuditCheckResult proof(Object proof, List<Checkpoint> verified) {
        if (proof instanceof InclusionClaim claim) {
            String name = InclusionCheck.name(claim.leafIndex(), claim.treeSize());
            if (claim.leafIndex() < 0 || claim.leafIndex() >= claim.treeSize()) {
                return AuditCheckResult.failed(name, Reason.ENTRY_BEYOND_TREE,
                        "entry " + claim.leafIndex() + " is not in a tree of " + claim.treeSize() + " entries");
            }
            return sized(verified, claim.treeSize())
                    .map(checkpoint -> InclusionCheck.check(claim.entryLine(), claim.leafIndex(), claim.treeSize(),
                            claim.path(), checkpoint))
                    .orElseGet(() -> AuditCheckResult.failed(name, Reason.NO_CHECKPOINT,
                            "no checkpoint of " + claim.treeSize() + " entries verified"));
        }
        ConsistencyClaim claim = (ConsistencyClaim) proof;
        Optional<Checkpoint> older = sized(verified, claim.fromSize());
        Optional<Checkpoint> newer = sized(verified, claim.toSize());
        if (older.isEmpty() || newer.isEmpty()) {
            return AuditCheckResult.failed(ConsistencyCheck.name(claim.fromSize(), claim.toSize()), Reason.NO_CHECKPOINT,
                    "no verified checkpoint of " + (older.isEmpty() ? claim.fromSize() : claim.toSize()) + " entries");
        }
        return ConsistencyCheck.check(claim.fromSize(), claim.toSize(), claim.path(), older.get(), newer.get());
    }

    private static Optional<Checkpoint> sized(List<Checkpoint> checkpoints, long size) {
        return checkpoints.stream().filter(checkpoint -> checkpoint.treeSize() == size).findFirst();
    }

    private static Optional<CheckpointSignatureCheck> signatures(byte[] key) {
        try {
            return Optional.of(new CheckpointSignatureCheck(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
