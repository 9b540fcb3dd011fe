package org.bianmin.seal.benchmark;

import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.signing.DocumentHash;
import org.bianmin.seal.internal.tsa.CountyTimeStampAuthority;
import org.bianmin.seal.internal.tsa.CountyTsaCertificate;
import org.bianmin.seal.internal.tsa.TimeStampPolicy;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
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
 * The county time-stamp authority (RFC 3161 with SM2/SM3) beside the raw primitive it is measured
 * against, SM2 signing with Bouncy Castle's JCA {@code SM3withSM2}, in one run (target for token
 * creation: at least 50 % of raw SM2-sign throughput):
 * <ul>
 * <li>{@link #countyTsaResponds}: what {@code POST /api/tsa} does for a client's request, from the
 *     request's DER to the response's (parse, TSTInfo with a new serial, the signed CMS with
 *     ESSCertIDv2, encode); the serial numbers come from a counter, not the database sequence;</li>
 * <li>{@link #countyTsaStampsInProcess}: the in-process source that sealing uses, which also checks
 *     the token it gets back (imprint, signature and certificate), as every token is checked before
 *     use.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TimeStampBenchmark {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    CountyTimeStampAuthority tsa;
    byte[] imprint;
    byte[] request;
    byte[] kibibyte = new byte[1024];
    Signature raw;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Pkcs12SealKeyStore keys = Pkcs12SealKeyStore.inMemory();
        TimeSource clock = TimeSource.fixed(Instant.parse("2026-03-02T01:30:00Z"));
        SoftwareSealMakerAuthority ca = new SoftwareSealMakerAuthority(keys, "泸定县电子印章制作中心", clock);
        byte[] certificate = CountyTsaCertificate.provision(keys, CountyTsaCertificate.ALIAS, ca, "泸定县时间戳服务",
                clock);
        AtomicLong serials = new AtomicLong();
        tsa = new CountyTimeStampAuthority(keys, CountyTsaCertificate.ALIAS, certificate, TimeStampPolicy.DEFAULT,
                serials::incrementAndGet, clock);
        new Random(1).nextBytes(kibibyte);
        imprint = DocumentHash.sm3(kibibyte);
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        request = requests.generate(GMObjectIdentifiers.sm3, imprint).getEncoded();

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        raw = Signature.getInstance("SM3withSM2", BC);
        raw.initSign(generator.generateKeyPair().getPrivate());
    }

    /** The raw primitive: an SM2 signature over 1 KiB, one initialised JCA signer reused. */
    @Benchmark
    public byte[] rawSm2Sign1KiB() throws Exception {
        raw.update(kibibyte);
        return raw.sign();
    }

    @Benchmark
    public byte[] countyTsaResponds() {
        return tsa.respond(request);
    }

    @Benchmark
    public byte[] countyTsaStampsInProcess() {
        return tsa.timeStamp(imprint);
    }
}
