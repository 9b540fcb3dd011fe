package org.bianmin.seal.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;

/** The kept verifiers of TSA certificates: one per certificate, shared by threads, bounded. */
class TimeStampTokensTest {
    private static final byte[] IMPRINT = TsaFixture.sm3("兴隆镇 准予许可决定书".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Test
    void aCertificateParsedTwiceHasOneVerifier() {
        TsaFixture county = new TsaFixture();
        assertSame(TimeStampTokens.verifier(TimeStampTokens.certificate(county.certificate)),
                TimeStampTokens.verifier(TimeStampTokens.certificate(county.certificate.clone())));
    }

    @Test
    void keptVerifiersJudgeEachTokenByItsOwnTsaFromManyThreadsAtOnce() throws Exception {
        TsaFixture county = new TsaFixture();
        TsaFixture other = new TsaFixture();
        X509CertificateHolder countyCertificate = TimeStampTokens.certificate(county.certificate);
        X509CertificateHolder otherCertificate = TimeStampTokens.certificate(other.certificate);
        TimeStampToken token = token(county.tsa().respond(request()));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> judged = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                X509CertificateHolder candidate = i % 2 == 0 ? countyCertificate : otherCertificate;
                judged.add(threads.submit(() -> TimeStampTokenValidator.judge(token, candidate).signatureValid()));
            }
            for (int i = 0; i < judged.size(); i++) {
                assertEquals(i % 2 == 0, judged.get(i).get(), "judgement " + i);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void manyCertificatesKeepTheSetBoundedAndEveryVerifierRight() {
        TsaFixture county = new TsaFixture();
        TimeStampToken token = token(county.tsa().respond(request()));
        for (int i = 0; i < 70; i++) {
            X509CertificateHolder stranger = TimeStampTokens.certificate(new TsaFixture().certificate);
            assertFalse(TimeStampTokenValidator.judge(token, stranger).signatureValid(), "stranger " + i);
            assertTrue(TimeStampTokens.keptVerifiers() <= 64, "kept: " + TimeStampTokens.keptVerifiers());
        }
        assertTrue(TimeStampTokenValidator.judge(token, TimeStampTokens.certificate(county.certificate))
                .signatureValid());
    }

    private static byte[] request() {
        return TimeStampExchange.forSm3(IMPRINT, null).request();
    }

    private static TimeStampToken token(byte[] response) {
        try {
            TimeStampToken token = new TimeStampResponse(response).getTimeStampToken();
            assertEquals(GMObjectIdentifiers.sm3, token.getTimeStampInfo().getMessageImprintAlgOID());
            return token;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
