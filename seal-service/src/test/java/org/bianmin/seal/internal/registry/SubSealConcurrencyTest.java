package org.bianmin.seal.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SubSealRequest;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two platform nodes issuing sub-seals for the same centre at the same moment against one
 * PostgreSQL never produce the same number (nor the same esID); and (§3) never leave two live
 * approval seals for one centre. Each node is its own
 * EntityManagerFactory; many threads on both request at once. Runs only with
 * {@code -Dbianmin.test.db=postgresql}; skipped on the other databases.
 */
class SubSealConcurrencyTest {
    private static final int THREADS = 16;
    private static final int REQUESTS = 160;

    @TempDir
    Path directory;

    @Test
    void twoNodesNeverIssueTheSameSubSealNumberOrEsId() throws Exception {
        assumeTrue(TestDatabase.Kind.selected() == TestDatabase.Kind.POSTGRESQL,
                "the two-node concurrency test runs with -Dbianmin.test.db=postgresql");
        try (RegistryFixture fixture = new RegistryFixture(directory, null);
                SealStore secondStore = SealStore.open(fixture.database.dataSource())) {
            SealRegistryComponent nodeA = fixture.registry;
            SealRegistryComponent nodeB = new SealRegistryComponent(secondStore, fixture.keys, fixture.authority,
                    RegistryFixture.renderer(), fixture.clock, () -> null, RegistrySettings.LUDING);
            Seal centre = fixture.activeSeal(fixture.xinglongRequest());

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Seal>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                SealRegistryComponent node = i % 2 == 0 ? nodeA : nodeB;
                String site = "泸定县兴隆镇第" + i + "便民服务站";
                boolean centreRequest = i % 5 == 4;
                Callable<Seal> task = () -> {
                    start.await();
                    return centreRequest
                            ? node.request(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心"))
                            : node.requestSubSeal(new SubSealRequest(centre.esId(), site, centre.ownerDivision(),
                                    RegistryFixture.CLERK));
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Seal> issued = new ArrayList<>();
            for (Future<Seal> future : futures) {
                issued.add(future.get());
            }
            pool.shutdown();

            List<Integer> numbers = issued.stream().filter(Seal::isSubSeal).map(Seal::number).sorted().toList();
            int subSeals = REQUESTS - REQUESTS / 5;
            assertEquals(IntStream.rangeClosed(1, subSeals).boxed().toList(), numbers,
                    "sub-seal numbers are 1.." + subSeals + ", each exactly once");
            Set<String> esIds = new HashSet<>();
            issued.forEach(seal -> esIds.add(seal.esId()));
            esIds.add(centre.esId());
            assertEquals(REQUESTS + 1, esIds.size(), "every esID is distinct");
            assertEquals(REQUESTS + 1, fixture.count("seal_seal"));
            assertEquals(subSeals + 1, nodeB.requestSubSeal(new SubSealRequest(centre.esId(), "最后一站",
                    centre.ownerDivision(), RegistryFixture.CLERK)).number());
        }
    }

    /** Two nodes activating different seals of one centre at once leave exactly one live. */
    @Test
    void twoNodesNeverActivateTwoApprovalSealsForOneCentre() throws Exception {
        assumeTrue(TestDatabase.Kind.selected() == TestDatabase.Kind.POSTGRESQL,
                "the two-node concurrency test runs with -Dbianmin.test.db=postgresql");
        int seals = 8;
        try (RegistryFixture fixture = new RegistryFixture(directory, null);
                SealStore secondStore = SealStore.open(fixture.database.dataSource())) {
            SealRegistryComponent nodeA = fixture.registry;
            SealRegistryComponent nodeB = new SealRegistryComponent(secondStore, fixture.keys, fixture.authority,
                    RegistryFixture.renderer(), fixture.clock, () -> null, RegistrySettings.LUDING);
            List<String> made = new ArrayList<>();
            for (int i = 0; i < seals; i++) {
                String esId = nodeA.request(fixture.xinglongRequest()).esId();
                nodeA.approve(esId, RegistryFixture.APPROVER);
                nodeA.make(esId, RegistryFixture.MAKER);
                made.add(esId);
            }

            ExecutorService pool = Executors.newFixedThreadPool(seals);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ErrorCode>> outcomes = new ArrayList<>();
            for (int i = 0; i < seals; i++) {
                SealRegistryComponent node = i % 2 == 0 ? nodeA : nodeB;
                String esId = made.get(i);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        node.activate(esId, RegistryFixture.MAKER);
                        return null;
                    } catch (BianminException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<ErrorCode> codes = new ArrayList<>();
            for (Future<ErrorCode> outcome : outcomes) {
                codes.add(outcome.get());
            }
            pool.shutdown();

            assertEquals(1, codes.stream().filter(java.util.Objects::isNull).count(), "exactly one activation: " + codes);
            assertEquals(seals - 1, codes.stream().filter(ErrorCode.SEAL_ALREADY_ACTIVE_FOR_CENTRE::equals).count(),
                    "the others are refused with SEAL_ALREADY_ACTIVE_FOR_CENTRE: " + codes);
            assertEquals(1, made.stream().map(nodeB::get).filter(seal -> seal.state() == SealState.ACTIVE).count());
        }
    }
}
