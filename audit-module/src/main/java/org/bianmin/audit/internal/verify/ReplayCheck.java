package org.bianmin.audit.internal.verify;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bianmin.audit.Checkpoint;

/**
 * Judges a replayed export ({@link ExportedLog}): its format, the canonical form and order of its
 * entries, and for every checkpoint that the root recomputed from the entries equals the signed
 * root. When a root differs, it names the span of entries that changed: after the last checkpoint
 * that still matches.
 */
public final class ReplayCheck {
    private ReplayCheck() {
    }

    /**
     * The results for {@code log}, its own checkpoints and {@code given} ones obtained elsewhere
     * (named {@code checkpoint-root[size=N, given]}).
     */
    public static List<AuditCheckResult> check(ExportedLog log, List<Checkpoint> given) {
        List<AuditCheckResult> results = new ArrayList<>();
        long replayed = log.tree().size();
        if (log.formatProblem() == null) {
            results.add(AuditCheckResult.passed("export-format", "header, " + log.announcedEntries() + " entries and "
                    + log.announcedCheckpoints() + " checkpoints"));
        } else {
            results.add(AuditCheckResult.failed("export-format",
                    log.truncated() ? Reason.EXPORT_TRUNCATED : Reason.EXPORT_MALFORMED, log.formatProblem().toString()));
        }
        if (log.canonicalProblem() == null) {
            results.add(AuditCheckResult.passed("entry-canonical", replayed + " entries are canonical JSON"));
        } else {
            results.add(AuditCheckResult.failed("entry-canonical", Reason.PAYLOAD_NOT_CANONICAL,
                    log.canonicalProblem() + " (" + log.nonCanonicalLines() + " such entries in all)"));
        }
        if (log.sequenceProblem() == null) {
            results.add(AuditCheckResult.passed("entry-sequence", replayed == 0 ? "no entries"
                    : "entries 0 to " + (replayed - 1) + " in order, no gaps"));
        } else {
            results.add(AuditCheckResult.failed("entry-sequence", Reason.SEQUENCE_BROKEN, log.sequenceProblem().toString()));
        }
        List<Checkpoint> bySize = new ArrayList<>(log.checkpoints());
        bySize.addAll(given);
        bySize.sort(Comparator.comparingLong(Checkpoint::treeSize));
        long lastMatching = 0;
        for (Checkpoint checkpoint : bySize) {
            String name = "checkpoint-root[size=" + checkpoint.treeSize()
                    + (given.contains(checkpoint) && !log.checkpoints().contains(checkpoint) ? ", given]" : "]");
            if (checkpoint.treeSize() > replayed) {
                results.add(AuditCheckResult.failed(name, Reason.CHECKPOINT_BEYOND_LOG, "the checkpoint covers "
                        + checkpoint.treeSize() + " entries, the export holds " + replayed));
            } else if (MessageDigest.isEqual(log.tree().root(checkpoint.treeSize()), checkpoint.rootHash())) {
                lastMatching = checkpoint.treeSize();
                results.add(AuditCheckResult.passed(name, "the first " + checkpoint.treeSize()
                        + " entries hash to the signed root"));
            } else {
                results.add(AuditCheckResult.failed(name, Reason.ROOT_MISMATCH, "the first " + checkpoint.treeSize()
                        + " entries do not hash to the signed root; the change lies in entries " + lastMatching
                        + " to " + (checkpoint.treeSize() - 1)));
            }
        }
        return results;
    }
}
