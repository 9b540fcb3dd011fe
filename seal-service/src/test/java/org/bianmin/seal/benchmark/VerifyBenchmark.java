package org.bianmin.seal.benchmark;

import java.io.ByteArrayInputStream;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bianmin.seal.Indication;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SESeal;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verification speed, all in one run: a detached signature of one of our seals over a
 * 1 KiB document through every check, against the raw SM2 verify of the same signature
 * (Bouncy Castle JCA, one initialised {@link Signature} reused per thread); bulk verification of
 * many signatures of the same seal (the seal's maker check and the chains come from the cache)
 * on 1 and 2 threads; and the one signature again with the county CA's CRL (100 other certificates
 * revoked) in the policy, so SIGNER_REVOCATION and SEAL_MAKER_REVOCATION look both certificates up.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerifyBenchmark {
    /** Signatures of one seal over distinct 1 KiB documents, and a warmed verifier. */
    @State(Scope.Benchmark)
    public static class Signatures {
        static final int COUNT = 64;
        final List<byte[]> signatures = new ArrayList<>();
        final List<byte[]> documents = new ArrayList<>();
        DefaultSealVerifier verifier;
        ValidationPolicy policy;
        ValidationPolicy policyWithCrl;
        SESSignature first;

        @Setup(Level.Trial)
        public void setUp() {
            TestSeals pki = new TestSeals();
            SESeal seal = pki.seal();
            for (int i = 0; i < COUNT; i++) {
                byte[] doc = new byte[1024];
                new java.util.Random(i).nextBytes(doc);
                SESSignature s = TestSeals.sign(seal, pki.signer, SmCrypto.sm3(doc), TestSeals.NOW, null);
                signatures.add(s.getDerEncoded());
                documents.add(doc);
                if (i == 0) {
                    first = s;
                }
            }
            verifier = DefaultSealVerifier.standalone();
            policy = ValidationPolicy.defaults().withTrustAnchors(List.of(pki.root.certificate()));
            VerificationReport check = verifier.verifyDetached(signatures.get(0),
                    new ByteArrayInputStream(documents.get(0)), policy);
            if (check.overall() != Indication.TOTAL_PASSED) {
                throw new IllegalStateException("benchmark signature does not verify: " + check);
            }
            policyWithCrl = policy.withRevocationLists(List.of(crl(pki)));
            VerificationReport withCrl = verifier.verifyDetached(signatures.get(0),
                    new ByteArrayInputStream(documents.get(0)), policyWithCrl);
            if (withCrl.signatures().get(0).check(org.bianmin.seal.CheckId.SIGNER_REVOCATION).orElseThrow().result()
                    != org.bianmin.seal.CheckResult.PASSED) {
                throw new IllegalStateException("the CRL is not used: " + withCrl);
            }
        }

        /** The root's CRL, current now, listing 100 certificates that are not ours. */
        private static byte[] crl(TestSeals pki) {
            try {
                java.time.Instant now = java.time.Instant.now();
                org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.X509v2CRLBuilder(
                        new org.bouncycastle.cert.X509CertificateHolder(pki.root.certificate()).getSubject(),
                        java.util.Date.from(now.minusSeconds(3600)));
                builder.setNextUpdate(java.util.Date.from(now.plusSeconds(86_400)));
                for (int i = 0; i < 100; i++) {
                    builder.addCRLEntry(java.math.BigInteger.valueOf(1_000_000L + i), java.util.Date.from(now),
                            org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
                }
                return builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SM3withSM2")
                        .setProvider(TestSeals.BC).build(pki.root.keys().getPrivate())).getEncoded();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Per thread: the raw verifier and a cursor over the signatures. */
    @State(Scope.Thread)
    public static class PerThread {
        Signature raw;
        byte[] tbs;
        byte[] value;
        int next;

        @Setup(Level.Trial)
        public void setUp(Signatures s) throws Exception {
            raw = Signature.getInstance("SM3withSM2", TestSeals.BC);
            java.security.cert.X509Certificate cert = (java.security.cert.X509Certificate) java.security.cert
                    .CertificateFactory.getInstance("X.509", TestSeals.BC)
                    .generateCertificate(new ByteArrayInputStream(s.first.getSignerCertificate()));
            raw.initVerify(cert.getPublicKey());
            tbs = s.first.getSignedBytes();
            value = s.first.getSignatureValue();
            next = (int) Thread.currentThread().getId() % Signatures.COUNT;
        }
    }

    /** The raw primitive: SM2 verify of the signing signature over TBS_Sign, initialised once. */
    @Benchmark
    public boolean rawSm2Verify(PerThread t) throws Exception {
        t.raw.update(t.tbs);
        return t.raw.verify(t.value);
    }

    /** One detached signature (1 KiB document) through every check, the same signature each time. */
    @Benchmark
    public VerificationReport detachedOneSignature(Signatures s) {
        return s.verifier.verifyDetached(s.signatures.get(0), new ByteArrayInputStream(s.documents.get(0)), s.policy);
    }

    /** The same signature with the county CA's CRL in the policy: both certificates looked up in it. */
    @Benchmark
    public VerificationReport detachedOneSignatureWithCrl(Signatures s) {
        return s.verifier.verifyDetached(s.signatures.get(0), new ByteArrayInputStream(s.documents.get(0)),
                s.policyWithCrl);
    }

    /** Many signatures of the same seal, round-robin, one thread. */
    @Benchmark
    @Threads(1)
    public VerificationReport bulkSameSeal1Thread(Signatures s, PerThread t) {
        int i = t.next++ % Signatures.COUNT;
        return s.verifier.verifyDetached(s.signatures.get(i), new ByteArrayInputStream(s.documents.get(i)), s.policy);
    }

    /** Many signatures of the same seal, round-robin, two threads sharing one verifier. */
    @Benchmark
    @Threads(2)
    public VerificationReport bulkSameSeal2Threads(Signatures s, PerThread t) {
        int i = t.next++ % Signatures.COUNT;
        return s.verifier.verifyDetached(s.signatures.get(i), new ByteArrayInputStream(s.documents.get(i)), s.policy);
    }
}
