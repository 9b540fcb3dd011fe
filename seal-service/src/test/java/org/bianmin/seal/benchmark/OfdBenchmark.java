package org.bianmin.seal.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bianmin.seal.Indication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole invoice-sized OFD (the shared 1.ofd, 16 KB, 13 references) through every check, in
 * memory (issue 4 §8): unzip, XML, SM3 of every reference, signing and maker signatures, certList,
 * chains (its certificates as anchors, validated inside their validity so every check runs to
 * the end). Warm: the verifier's caches hold the maker check and chains, as in bulk use.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class OfdBenchmark {
    byte[] ofd;
    DefaultSealVerifier verifier;
    ValidationPolicy policy;

    @Setup(Level.Trial)
    public void setUp() {
        ofd = Vectors.file("1.ofd");
        ElectronicSignature sig = SealFormatReader.readSignature(Vectors.signedValue("1.ofd"));
        policy = ValidationPolicy.defaults()
                .withTrustAnchors(List.of(sig.getSignerCertificate(), sig.getSeal().getMakerCertificate()))
                .withValidationTime(Instant.parse("2020-08-01T00:00:00Z"));
        verifier = DefaultSealVerifier.standalone();
        if (verifier.verifyOfd(ofd, policy).overall() != Indication.TOTAL_PASSED) {
            throw new IllegalStateException("1.ofd does not verify");
        }
    }

    @Benchmark
    public VerificationReport wholeOfdEveryCheck() {
        return verifier.verifyOfd(ofd, policy);
    }

    /** The same with a fresh verifier each time: no cache at all (cold seal and chain checks). */
    @Benchmark
    public VerificationReport wholeOfdNoCache() {
        return DefaultSealVerifier.standalone().verifyOfd(ofd, policy);
    }
}
