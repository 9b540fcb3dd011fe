package org.bianmin.audit.internal.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.audit.internal.verify.AuditVerifier;
import org.bianmin.audit.internal.verify.AuditCheckResult;
import org.bianmin.audit.internal.verify.ExportReader;
import org.bianmin.audit.internal.verify.ExportedLog;
import org.bianmin.audit.internal.verify.ReplayCheck;
import org.bianmin.audit.internal.verify.AuditVerificationReport;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Replaying an export of 100,000 entries (parse, canonical check, leaf and node hashes, checkpoint
 * root and signature) against raw SM3 over the same bytes, in the same run: the ratio of the two
 * scores is the replay's share of raw SM3 throughput (target ≥ 50%). The verifier checks and
 * hashes entry lines on all processors; {@code replayExportOneThread} shows one thread, and
 * {@code treeOfExportLines} the hashing alone (leaf and node hashes, about 6 SM3 blocks an entry
 * against 3.7 for raw SM3 of its 239 bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplayBenchmark {
    private static final int ENTRIES = 100_000;

    private byte[] export;
    private AuditVerifier verifier;

    @Setup
    public void write() throws IOException {
        export = BenchLog.export(ENTRIES);
        verifier = new AuditVerifier(BenchLog.KEY.publicKey());
        AuditVerificationReport report = verify();
        if (!report.passed()) {
            throw new IllegalStateException(report.failures().toString());
        }
        System.out.printf("%nexport: %d entries, %d bytes (%.1f bytes an entry)%n", ENTRIES, export.length,
                (double) export.length / ENTRIES);
    }

    private AuditVerificationReport verify() throws IOException {
        return verifier.verifyExport(new ByteArrayInputStream(export), List.of(), List.of());
    }

    @Benchmark
    public AuditVerificationReport replayExport() throws IOException {
        return verify();
    }

    /** The same replay with the entry lines checked and hashed on the calling thread only. */
    @Benchmark
    public List<AuditCheckResult> replayExportOneThread() throws IOException {
        ExportedLog log = new ExportReader(false).read(new ByteArrayInputStream(export));
        return ReplayCheck.check(log, List.of());
    }

    /** The hashing share of a replay: every entry line's leaf hash and the tree over them, nothing else. */
    @Benchmark
    public byte[] treeOfExportLines() {
        MemoryTree tree = new MemoryTree();
        Sm3Hasher hasher = new Sm3Hasher();
        int start = 0;
        for (int i = 0; i < export.length; i++) {
            if (export[i] == '\n') {
                if (start > 0) {
                    tree.append(hasher.leaf(export, start, i - start));
                }
                start = i + 1;
            }
        }
        return tree.root(tree.size());
    }

    @Benchmark
    public byte[] rawSm3OfExport() {
        SM3Digest digest = new SM3Digest();
        digest.update(export, 0, export.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
