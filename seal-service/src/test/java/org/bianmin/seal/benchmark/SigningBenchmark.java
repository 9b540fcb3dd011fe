package org.bianmin.seal.benchmark;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.TBSSign;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.keys.Sm2;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.ofdseal.OfdrwSigning;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.picture.SealPictureRenderer;
import org.bianmin.seal.internal.registry.RegistrySettings;
import org.bianmin.seal.internal.registry.SealRegistryComponent;
import org.bianmin.seal.internal.sealing.OfdSealMaker;
import org.bianmin.seal.internal.sealing.UnsignedInvoice;
import org.bianmin.seal.internal.signing.DocumentHash;
import org.bianmin.seal.internal.signing.SealSigningContext;
import org.bianmin.seal.internal.signing.SignatureMaker;
import org.bianmin.testing.TestDatabase;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signing speed, all in one run: a detached GB/T 38540 signature of a real seal of the
 * registry (42 mm picture, maker and signer certificates) over a 1 KiB and a 1 MiB document, the
 * document streamed and hashed as {@code SealSigner.sign} does, without the database; against the raw
 * Bouncy Castle SM2 sign (JCA {@code SM3withSM2}, one initialised {@link Signature} per thread) of
 * the same 1 KiB with the same key, read from the key store file with its password; and SM3 over
 * 1 MiB; and sealing an invoice-sized OFD document. Targets: sign 1 KiB ≥ 80 % of raw SM2 throughput;
 * sign 1 MiB within 10 % of SM3 1 MiB; seal the OFD invoice ≥ 30 % of raw SM2 throughput and ≥ 5× the
 * throughput of ofdrw's own sealing of it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SigningBenchmark {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final char[] PASSWORD = "benchmark-password".toCharArray();

    /** A made seal of the registry, its signing context, and the documents. */
    @State(Scope.Benchmark)
    public static class MadeSeal {
        Path directory;
        TestDatabase database;
        SealSigningContext context;
        SignatureMaker maker;
        PrivateKey sameKey;
        final byte[] kibibyte = new byte[1024];
        final byte[] mebibyte = new byte[1024 * 1024];
        final Instant at = Instant.parse("2026-06-01T02:00:00Z");
        byte[] documentHash;
        byte[] certificate;
        byte[] signatureStandIn;
        byte[] invoice;
        OfdSealMaker ofdMaker;
        OfdrwSigning ofdrw;

        @Setup(Level.Trial)
        public void make() throws Exception {
            new Random(1).nextBytes(kibibyte);
            new Random(2).nextBytes(mebibyte);
            directory = Files.createTempDirectory("seal-bench");
            Path file = directory.resolve("seal-keys.p12");
            Pkcs12SealKeyStore keys = new Pkcs12SealKeyStore(file, PASSWORD);
            TimeSource clock = () -> Instant.parse("2026-05-01T00:00:00Z");
            SoftwareSealMakerAuthority authority = new SoftwareSealMakerAuthority(keys, "泸定县电子印章制作中心", clock);
            database = TestDatabase.create(TestDatabase.Kind.H2);
            SealRegistryComponent registry;
            try (SealStore store = SealStore.open(database.dataSource())) {
                registry = new SealRegistryComponent(store, keys, authority, SealPictureRenderer.locatingFont(""),
                        clock, () -> null, RegistrySettings.LUDING);
                Instant from = clock.now();
                Seal seal = registry.request(new SealRequest("泸定县兴隆镇便民服务中心", DivisionCode.of("513322102"),
                        "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", from, from.plus(Duration.ofDays(1000)),
                        Actor.of("clerk")));
                registry.approve(seal.esId(), Actor.of("approver"));
                registry.make(seal.esId(), Actor.of("maker"));
                String alias = "seal-" + seal.esId();
                context = SealSigningContext.of(seal.esId(), alias, registry.sealStructure(seal.esId()),
                        registry.signerCertificate(seal.esId()));
                KeyStore pkcs12 = KeyStore.getInstance("PKCS12", BC);
                try (InputStream in = Files.newInputStream(file)) {
                    pkcs12.load(in, PASSWORD);
                }
                sameKey = (PrivateKey) pkcs12.getKey(alias, PASSWORD);
            }
            maker = new SignatureMaker(keys);
            ofdMaker = new OfdSealMaker(maker);
            invoice = UnsignedInvoice.bytes();
            ofdrw = new OfdrwSigning();
            documentHash = DocumentHash.sm3(kibibyte);
            certificate = context.signerCertificate();
            signatureStandIn = keys.sign(context.keyAlias(), kibibyte);
            System.out.printf("%nseal structure %d bytes (picture included)%n",
                    context.seal().getDerEncoded().length);
        }

        @TearDown(Level.Trial)
        public void clean() throws Exception {
            database.close();
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** One initialised JCA signer per thread, as a careful caller of Bouncy Castle would keep. */
    @State(Scope.Thread)
    public static class RawSigner {
        Signature signature;

        @Setup(Level.Trial)
        public void init(MadeSeal seal) throws Exception {
            signature = Signature.getInstance("SM3withSM2", BC);
            signature.initSign(seal.sameKey);
        }
    }

    @Benchmark
    public byte[] sealSign1KiB(MadeSeal seal) {
        return seal.maker.sign(seal.context, DocumentHash.sm3(new ByteArrayInputStream(seal.kibibyte)), seal.at);
    }

    @Benchmark
    public byte[] sealSign1MiB(MadeSeal seal) {
        return seal.maker.sign(seal.context, DocumentHash.sm3(new ByteArrayInputStream(seal.mebibyte)), seal.at);
    }

    /**
     * Sealing an invoice-sized OFD document (the shared vendor invoice without its signature, ~20 KB)
     * in memory, as {@code OfdSealer.seal} does without the database: read and check the package,
     * place the stamp, reference and hash every file, sign, write the new package.
     */
    @Benchmark
    public byte[] sealOfdInvoice(MadeSeal seal) throws Exception {
        OfdPackage pkg = OfdPackage.read(seal.invoice, OfdLimits.DEFAULT);
        OfdSealMaker.Plan plan = OfdSealMaker.plan(pkg, StampPlacement.at(1, 150, 100), 42, 42);
        return seal.ofdMaker.seal(plan, seal.context, seal.at).ofd();
    }

    /**
     * The same invoice sealed by ofdrw's own signer ({@code OFDSigner} with its GB/T 38540 v4
     * container, SM3 and SM2): the peer library, on the same input, in the same run.
     */
    @Benchmark
    public byte[] ofdrwSealOfdInvoice(MadeSeal seal) {
        return seal.ofdrw.sign(seal.invoice, 1, 129, 79, 42, 42);
    }

    /**
     * The work no sealing of the invoice can skip, on one thread: read the package (inflate and check
     * every file), SM3 of every file (each must be referenced), and one raw SM2 signature. The ratio
     * of this to {@link #rawSm2Sign1KiB} bounds what {@link #sealOfdInvoice} can reach single-threaded.
     */
    @Benchmark
    public byte[] sealOfdInvoiceFloor(MadeSeal seal, RawSigner raw) throws Exception {
        OfdPackage pkg = OfdPackage.read(seal.invoice, OfdLimits.DEFAULT);
        for (String path : pkg.paths()) {
            raw.signature.update(DocumentHash.sm3(pkg.entry(path)));
        }
        return raw.signature.sign();
    }

    @Benchmark
    public byte[] rawSm2Sign1KiB(MadeSeal seal, RawSigner raw) throws Exception {
        raw.signature.update(seal.kibibyte);
        return raw.signature.sign();
    }

    /**
     * Where the time beyond the SM2 signature goes: building the TBS_Sign and the SES_Signature around
     * the seal with the format classes (each encodes the whole seal, picture included), with a fixed
     * stand-in for the signature value.
     */
    @Benchmark
    public byte[] formatEncodingOnly(MadeSeal seal) {
        TBSSign toSign = new TBSSign(seal.context.seal(), seal.at, seal.documentHash, SignatureMaker.DETACHED, null);
        return new SESSignature(toSign, seal.certificate, Sm2.SM3_WITH_SM2, seal.signatureStandIn, null)
                .getDerEncoded();
    }

    @Benchmark
    public byte[] rawSm3Of1MiB(MadeSeal seal) {
        SM3Digest digest = new SM3Digest();
        digest.update(seal.mebibyte, 0, seal.mebibyte.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        return hash;
    }
}
