package org.bianmin.seal.benchmark;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SESSignature;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.format.Vectors;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import org.bianmin.seal.internal.verify.TestSeals;

/**
 * A companion to the JMH benchmarks for a shared machine: the same operations measured in
 * thread CPU time (ThreadMXBean), which other processes' load does not inflate the way it
 * inflates wall-clock throughput. Prints microseconds of CPU per operation: a cached-seal
 * verification against the raw SM2 verify, the whole-OFD verification and the OFD sealing of
 * {@link OfdBenchmark} and {@link SigningBenchmark} against their raw primitive and their floor. Run:
 * {@code java -cp <test classpath> org.bianmin.seal.benchmark.CpuTimeProbe}
 */
public final class CpuTimeProbe {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static Object sink;

    private CpuTimeProbe() {
    }

    interface Op {
        Object run() throws Exception;
    }

    static double cpuMicros(Op op, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            sink = op.run();
        }
        long start = MX.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            sink = op.run();
        }
        return (MX.getCurrentThreadCpuTime() - start) / 1000.0 / runs;
    }

    public static void main(String[] args) throws Exception {
        TestSeals pki = new TestSeals();
        byte[] doc = new byte[1024];
        new java.util.Random(1).nextBytes(doc);
        SESSignature signature = pki.sign(doc);
        byte[] der = signature.getDerEncoded();
        DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
        ValidationPolicy policy = ValidationPolicy.defaults().withTrustAnchors(List.of(pki.root.certificate()));

        Signature raw = Signature.getInstance("SM3withSM2", TestSeals.BC);
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509", TestSeals.BC)
                .generateCertificate(new ByteArrayInputStream(signature.getSignerCertificate()));
        raw.initVerify(cert.getPublicKey());
        byte[] tbs = signature.getSignedBytes();
        byte[] value = signature.getSignatureValue();

        byte[] ofd = Vectors.file("1.ofd");
        ElectronicSignature vendor = SealFormatReader.readSignature(Vectors.signedValue("1.ofd"));
        ValidationPolicy vendorPolicy = ValidationPolicy.defaults()
                .withTrustAnchors(List.of(vendor.getSignerCertificate(), vendor.getSeal().getMakerCertificate()))
                .withValidationTime(Instant.parse("2020-08-01T00:00:00Z"));

        OfdBenchmark whole = new OfdBenchmark();
        whole.setUp();
        SigningBenchmark signing = new SigningBenchmark();
        SigningBenchmark.MadeSeal made = new SigningBenchmark.MadeSeal();
        made.make();
        SigningBenchmark.RawSigner rawSigner = new SigningBenchmark.RawSigner();
        rawSigner.init(made);
        for (int round = 1; round <= 3; round++) {
            double rawUs = cpuMicros(() -> {
                raw.update(tbs);
                return raw.verify(value);
            }, 3000, 5000);
            double detachedUs = cpuMicros(() -> verifier.verifyDetached(der, new ByteArrayInputStream(doc), policy),
                    3000, 5000);
            double ofdUs = cpuMicros(() -> verifier.verifyOfd(ofd, vendorPolicy), 1000, 2000);
            double ofdRawUs = cpuMicros(whole::rawSm2Verify, 3000, 5000);
            double ofdFloorUs = cpuMicros(whole::wholeOfdFloor, 1000, 2000);
            double rawSignUs = cpuMicros(() -> signing.rawSm2Sign1KiB(made, rawSigner), 3000, 5000);
            double sealFloorUs = cpuMicros(() -> signing.sealOfdInvoiceFloor(made, rawSigner), 1000, 2000);
            double sealUs = cpuMicros(() -> signing.sealOfdInvoice(made), 1000, 2000);
            System.out.printf("round %d: raw SM2 verify %.1f us, cached-seal detached verification %.1f us "
                    + "(%.0f%% of raw throughput)%n", round, rawUs, detachedUs, 100 * rawUs / detachedUs);
            System.out.printf("  whole 1.ofd %.1f us = %.1fx its raw SM2 verify (%.1f us); floor %.1f us = %.1fx%n",
                    ofdUs, ofdUs / ofdRawUs, ofdRawUs, ofdFloorUs, ofdFloorUs / ofdRawUs);
            System.out.printf("  sealing the invoice %.1f us = %.1f%% of raw SM2-sign throughput (%.1f us); "
                    + "floor %.1f us = %.1f%%%n", sealUs, 100 * rawSignUs / sealUs, rawSignUs, sealFloorUs,
                    100 * rawSignUs / sealFloorUs);
        }
        made.clean();
        twoThreads(verifier, der, doc, policy);
        if (sink == null) {
            throw new IllegalStateException();
        }
    }

    /**
     * The same verification on two threads sharing one verifier: CPU per operation on each thread,
     * and the time each thread spent blocked on a monitor. Equal CPU per operation and no blocking
     * mean two threads scale with the cores they are given (wall-clock scaling needs two idle cores).
     */
    private static void twoThreads(DefaultSealVerifier verifier, byte[] der, byte[] doc, ValidationPolicy policy)
            throws Exception {
        if (MX.isThreadContentionMonitoringSupported()) {
            MX.setThreadContentionMonitoringEnabled(true);
        }
        int runs = 5000;
        double[] cpu = new double[2];
        long[] blocked = new long[2];
        Thread[] threads = new Thread[2];
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        for (int t = 0; t < 2; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 2000; i++) {
                        verifier.verifyDetached(der, new ByteArrayInputStream(doc), policy);
                    }
                    start.await();
                    long blockedBefore = MX.getThreadInfo(Thread.currentThread().getId()).getBlockedTime();
                    cpu[me] = cpuMicros(() -> verifier.verifyDetached(der, new ByteArrayInputStream(doc), policy),
                            0, runs);
                    blocked[me] = MX.getThreadInfo(Thread.currentThread().getId()).getBlockedTime() - blockedBefore;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("two threads: %.1f us and %.1f us CPU per verification, blocked %d ms and %d ms "
                + "over %d verifications each%n", cpu[0], cpu[1], blocked[0], blocked[1], runs);
    }
}
