package org.bianmin.seal.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.testing.TestDatabase;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.junit.jupiter.api.Test;

/**
 * Two county TSAs, as two platform nodes would run them, each with its own persistence unit on one
 * database ({@code bianmin.test.db}: H2, PostgreSQL or MariaDB), issuing tokens at the same moment:
 * every token validates and no serial number repeats (RFC 3161 §2.4.2).
 */
class TwoTimeStampAuthoritiesTest {
    private static final int TOKENS = 60;

    @Test
    void twoNodesNeverIssueTheSameSerial() throws Exception {
        TsaFixture fixture = new TsaFixture();
        try (TestDatabase database = TestDatabase.create();
                SealStore nodeA = SealStore.open(database.dataSource());
                SealStore nodeB = SealStore.open(database.dataSource())) {
            CountyTimeStampAuthority tsaA = fixture.tsa(TimeStampPolicy.DEFAULT, nodeA::nextTimeStampSerial);
            CountyTimeStampAuthority tsaB = fixture.tsa(TimeStampPolicy.DEFAULT, nodeB::nextTimeStampSerial);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<BigInteger>> futures = new ArrayList<>();
            for (int i = 0; i < TOKENS; i++) {
                CountyTimeStampAuthority tsa = i % 2 == 0 ? tsaA : tsaB;
                byte[] imprint = TsaFixture.sm3(("签章值 " + i).getBytes(StandardCharsets.UTF_8));
                Callable<BigInteger> issue = () -> {
                    start.await();
                    return TimeStampTokenValidator.validate(tsa.timeStamp(imprint), GMObjectIdentifiers.sm3, imprint,
                            fixture.certificate).serial();
                };
                futures.add(pool.submit(issue));
            }
            start.countDown();
            Set<BigInteger> serials = ConcurrentHashMap.newKeySet();
            for (Future<BigInteger> future : futures) {
                serials.add(future.get());
            }
            pool.shutdown();
            assertEquals(TOKENS, serials.size(), "every serial distinct on " + database.kind() + ": " + serials);
        }
    }
}
