package org.bianmin.audit.internal.verify;

import java.util.List;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.merkle.MemoryTree;

/**
 * What replaying an export found — facts, not judgement ({@link ReplayCheck} judges): the header,
 * the tree rebuilt from the entry lines as they are, the checkpoints, and the first problem of
 * each kind.
 *
 * @param publicKey          the header's audit key (SubjectPublicKeyInfo), null when unreadable
 * @param announcedEntries   entries the header announces
 * @param announcedCheckpoints checkpoints the header announces
 * @param tree               the tree of the entry lines read, each line's bytes a leaf
 * @param checkpoints        the checkpoints read
 * @param formatProblem      the first structural problem (bad header, truncation), or null
 * @param truncated          whether the export ends before its announced lines
 * @param canonicalProblem   the first entry line that is not a canonical entry, or null
 * @param nonCanonicalLines  how many entry lines are not canonical
 * @param sequenceProblem    the first entry whose sequence is not its position, or null
 */
public record ExportedLog(byte[] publicKey, long announcedEntries, long announcedCheckpoints, MemoryTree tree,
        List<Checkpoint> checkpoints, Problem formatProblem, boolean truncated, Problem canonicalProblem,
        long nonCanonicalLines, Problem sequenceProblem) {
}
