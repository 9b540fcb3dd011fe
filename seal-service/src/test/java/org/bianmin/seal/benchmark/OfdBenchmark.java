package org.bianmin.seal.benchmark;

import java.io.ByteArrayInputStream;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.Indication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.ofd.OfdLimits;
import org.bianmin.seal.internal.ofd.OfdPackage;
import org.bianmin.seal.internal.ofd.SafeXml;
import org.bianmin.seal.internal.ofd.XmlElement;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import org.bianmin.seal.internal.verify.SmCrypto;
import org.bianmin.seal.internal.verify.TestSeals;
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
 * memory: unzip, XML, SM3 of every reference, signing and maker signatures, certList,
 * chains (its certificates as anchors, validated inside their validity so every check runs to
 * the end). Warm: the verifier's caches hold the maker check and chains, as in bulk use. Beside it,
 * in the same run, the raw SM2 verify of the same signature, the primitive it is measured against.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class OfdBenchmark {
    /** The instant the invoice is checked at: inside every certificate's validity. */
    static final Instant THEN = Instant.parse("2020-08-01T00:00:00Z");

    byte[] ofd;
    DefaultSealVerifier verifier;
    ValidationPolicy policy;
    Signature raw;
    byte[] tbs;
    byte[] value;
    /** Signature.xml and the files its References name. */
    List<String> referenced;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ofd = Vectors.file("1.ofd");
        ElectronicSignature sig = SealFormatReader.readSignature(Vectors.signedValue("1.ofd"));
        policy = ValidationPolicy.defaults()
                .withTrustAnchors(List.of(sig.getSignerCertificate(), sig.getSeal().getMakerCertificate()));
        verifier = verifierThen();
        if (verifier.verifyOfd(ofd, policy).overall() != Indication.TOTAL_PASSED) {
            throw new IllegalStateException("1.ofd does not verify");
        }
        raw = Signature.getInstance("SM3withSM2", TestSeals.BC);
        raw.initVerify(((X509Certificate) CertificateFactory.getInstance("X.509", TestSeals.BC)
                .generateCertificate(new ByteArrayInputStream(sig.getSignerCertificate()))).getPublicKey());
        tbs = sig.getSignedBytes();
        value = sig.getSignatureValue(); // DER SEQUENCE { r, s } in this file
        OfdPackage pkg = OfdPackage.read(ofd, OfdLimits.DEFAULT);
        String signatureXml = "Doc_0/Signs/Sign_0/Signature.xml";
        referenced = new ArrayList<>(List.of(signatureXml));
        for (XmlElement ref : SafeXml.parse(pkg.entry(signatureXml), signatureXml).child("SignedInfo")
                .child("References").children("Reference")) {
            referenced.add(ref.attribute("FileRef").substring(1));
        }
        raw.update(tbs);
        if (!raw.verify(value)) {
            throw new IllegalStateException("the raw SM2 verify of 1.ofd's signature fails");
        }
    }

    /** A verifier whose clock stands at {@link #THEN}, as one checking the invoice when it was new. */
    private static DefaultSealVerifier verifierThen() {
        return new DefaultSealVerifier(null, null, TimeSource.fixed(THEN), OfdLimits.DEFAULT);
    }

    /** The raw primitive in the same run: SM2 verify of the invoice's signing signature, initialised once. */
    @Benchmark
    public boolean rawSm2Verify() throws Exception {
        raw.update(tbs);
        return raw.verify(value);
    }

    /**
     * The work no verification of the invoice can skip, on one thread: read the package (inflate and
     * check every file), SM3 of Signature.xml and of every file it references, and the raw SM2 verify.
     * The ratio of this to {@link #rawSm2Verify} bounds what {@link #wholeOfdEveryCheck} can reach
     * single-threaded.
     */
    @Benchmark
    public boolean wholeOfdFloor() throws Exception {
        OfdPackage pkg = OfdPackage.read(ofd, OfdLimits.DEFAULT);
        for (String path : referenced) {
            raw.update(SmCrypto.sm3(pkg.entry(path)));
        }
        raw.update(tbs);
        return raw.verify(value);
    }

    @Benchmark
    public VerificationReport wholeOfdEveryCheck() {
        return verifier.verifyOfd(ofd, policy);
    }

    /** The same with a fresh verifier each time: no cache at all (cold seal and chain checks). */
    @Benchmark
    public VerificationReport wholeOfdNoCache() {
        return verifierThen().verifyOfd(ofd, policy);
    }
}
