package org.bianmin.audit.internal.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.audit.internal.merkle.ProofOutcome;
import org.bianmin.audit.internal.merkle.ProofVerifier;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Inclusion and consistency proofs for a 1,000,000-entry log: generation from the stored complete
 * subtrees (here held in memory) and verification by the RFC 9162 algorithms. Target ≤ 1 ms each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProofBenchmark {
    static final int SIZE = 1_000_000;
    private static final int SAMPLES = 1024;

    private MemoryTree tree;
    private byte[] root;
    private final long[] leaves = new long[SAMPLES];
    private final byte[][] leafHashes = new byte[SAMPLES][];
    private final List<?>[] paths = new List<?>[SAMPLES];
    private final long[] olderSizes = new long[SAMPLES];
    private final byte[][] olderRoots = new byte[SAMPLES][];
    private final List<?>[] consistencies = new List<?>[SAMPLES];
    private int next;

    @Setup
    public void grow() {
        tree = BenchLog.tree(SIZE);
        root = tree.root(SIZE);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < SAMPLES; i++) {
            leaves[i] = random.nextLong(SIZE);
            leafHashes[i] = new Sm3Hasher().leaf(BenchLog.line(leaves[i]).getBytes(StandardCharsets.UTF_8));
            paths[i] = tree.proofs().inclusion(leaves[i], SIZE);
            olderSizes[i] = 1 + random.nextLong(SIZE - 1);
            olderRoots[i] = tree.root(olderSizes[i]);
            consistencies[i] = tree.proofs().consistency(olderSizes[i], SIZE);
        }
    }

    private int sample() {
        next = (next + 1) & (SAMPLES - 1);
        return next;
    }

    @Benchmark
    public List<byte[]> inclusionProofGeneration() {
        return tree.proofs().inclusion(leaves[sample()], SIZE);
    }

    @Benchmark
    @SuppressWarnings("unchecked")
    public ProofOutcome inclusionProofVerification() {
        int i = sample();
        return new ProofVerifier(new Sm3Hasher()).inclusion(leaves[i], SIZE, leafHashes[i], (List<byte[]>) paths[i], root);
    }

    @Benchmark
    public List<byte[]> consistencyProofGeneration() {
        return tree.proofs().consistency(olderSizes[sample()], SIZE);
    }

    @Benchmark
    @SuppressWarnings("unchecked")
    public ProofOutcome consistencyProofVerification() {
        int i = sample();
        return new ProofVerifier(new Sm3Hasher()).consistency(olderSizes[i], SIZE, olderRoots[i], root,
                (List<byte[]>) consistencies[i]);
    }
}
