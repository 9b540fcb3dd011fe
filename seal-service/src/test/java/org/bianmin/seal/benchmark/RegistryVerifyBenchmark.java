package org.bianmin.seal.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.bianmin.seal.Indication;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.sealing.UnsignedInvoice;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The verification a server runs on a signature its registry made, in process: a detached signature
 * by an active registry seal (its picture, the county CA's chain, the county TSA's token) over a
 * short approval text, through every check with the registry's standing of the seal read in one
 * transaction, on 1 and 2 threads; and the shared vendor invoice sealed by that registry's seal,
 * the OFD document the REST load verifies. The registry is on H2 in memory (the test database's data source
 * is not pooled, so a server database would add a connection per verification that no server pays),
 * so the figure leaves out the database's own time. It is the work of a REST detached verification
 * but for the database, the county CRL, TLS, the upload and the report's JSON, so the REST figure is
 * compared with it as well as with {@link VerifyBenchmark}'s signature of a test seal without
 * picture, token or registry.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegistryVerifyBenchmark {
    /**
     * A registry with one active seal; a signature of it, the shared vendor invoice without its
     * signature sealed by it at the place the REST load's sealing puts it (page 1, 150 × 100 mm);
     * and a verifier that asks the registry.
     */
    @State(Scope.Benchmark)
    public static class Registry {
        static final byte[] DOCUMENT = "泸定县 准予行政许可决定书 LOAD-S-1".getBytes(StandardCharsets.UTF_8);
        Path directory;
        RegistryFixture fixture;
        DefaultSealVerifier verifier;
        ValidationPolicy policy;
        byte[] signature;
        byte[] ofd;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            directory = Files.createTempDirectory("registry-verify-benchmark");
            fixture = new RegistryFixture(directory, null);
            String esId = fixture.activeSeal(fixture.xinglongRequest()).esId();
            verifier = fixture.verifier();
            policy = verifier.defaultPolicy();
            signature = fixture.signer.sign(esId, DOCUMENT, "泸兴审〔2026〕1号", RegistryFixture.CUSTODIAN).der();
            requirePassed(verifier.verifyDetached(signature, new ByteArrayInputStream(DOCUMENT), policy));
            ofd = fixture.ofdSealer(null, verifier).seal(new OfdSealRequest(esId, UnsignedInvoice.bytes(),
                    StampPlacement.at(1, 150, 100), "泸兴审〔2026〕2号"), RegistryFixture.CUSTODIAN).ofd();
            requirePassed(verifier.verifyOfd(new ByteArrayInputStream(ofd), policy));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            fixture.close();
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void requirePassed(VerificationReport report) {
            if (report.overall() != Indication.TOTAL_PASSED) {
                throw new IllegalStateException("the registry's " + report.source() + " does not verify: " + report);
            }
        }
    }

    /** The registry's signature through every check, one thread. */
    @Benchmark
    @Threads(1)
    public VerificationReport registrySignature1Thread(Registry s) {
        return s.verifier.verifyDetached(s.signature, new ByteArrayInputStream(Registry.DOCUMENT), s.policy);
    }

    /** The same on two threads sharing the verifier and the registry's connection pool. */
    @Benchmark
    @Threads(2)
    public VerificationReport registrySignature2Threads(Registry s) {
        return s.verifier.verifyDetached(s.signature, new ByteArrayInputStream(Registry.DOCUMENT), s.policy);
    }

    /** The sealed invoice through every check, one thread. */
    @Benchmark
    @Threads(1)
    public VerificationReport registryOfd1Thread(Registry s) {
        return s.verifier.verifyOfd(new ByteArrayInputStream(s.ofd), s.policy);
    }

    /** The same on two threads. */
    @Benchmark
    @Threads(2)
    public VerificationReport registryOfd2Threads(Registry s) {
        return s.verifier.verifyOfd(new ByteArrayInputStream(s.ofd), s.policy);
    }
}
