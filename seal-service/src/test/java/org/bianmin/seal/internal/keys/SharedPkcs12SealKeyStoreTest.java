package org.bianmin.seal.internal.keys;

import static org.bianmin.seal.internal.keys.Pkcs12SealKeyStoreTest.verify;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One key-store file shared by two platform nodes (README, "Several servers on one database"): each
 * node's store sees the keys the other made, signs with them, forgets the ones the other destroyed,
 * and neither ever writes the file back without the other's keys.
 */
class SharedPkcs12SealKeyStoreTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path directory;

    @Test
    void aKeyMadeOnOneNodeSignsOnTheOtherAndSurvivesTheOthersNextWrite() {
        Path file = directory.resolve("seal-keys.p12");
        Pkcs12SealKeyStore nodeA = new Pkcs12SealKeyStore(file, PASSWORD);
        Pkcs12SealKeyStore nodeB = new Pkcs12SealKeyStore(file, PASSWORD);

        byte[] madeOnA = nodeA.generate("seal-51332200000001");
        assertTrue(nodeB.contains("seal-51332200000001"), "B reads the key A wrote");
        assertArrayEquals(madeOnA, nodeB.publicKey("seal-51332200000001"));
        byte[] message = {7, 7, 7};
        assertTrue(verify(madeOnA, message, nodeB.sign("seal-51332200000001", message)));

        byte[] madeOnB = nodeB.generate("seal-51332200000002");
        nodeA.generate("seal-51332200000003");
        Pkcs12SealKeyStore restarted = new Pkcs12SealKeyStore(file, PASSWORD);
        assertTrue(restarted.contains("seal-51332200000001"));
        assertArrayEquals(madeOnB, restarted.publicKey("seal-51332200000002"), "A's write kept B's key");
        assertTrue(restarted.contains("seal-51332200000003"));
    }

    @Test
    void aCertificateStoredOnOneNodeIsReadOnTheOther() {
        Path file = directory.resolve("seal-keys.p12");
        Pkcs12SealKeyStore nodeA = new Pkcs12SealKeyStore(file, PASSWORD);
        Pkcs12SealKeyStore nodeB = new Pkcs12SealKeyStore(file, PASSWORD);
        SoftwareSealMakerAuthority authority = new SoftwareSealMakerAuthority(nodeA, "泸定县电子印章制作中心",
                org.bianmin.core.spi.TimeSource.system());
        byte[] onA = nodeA.certificate(SoftwareSealMakerAuthority.MAKER_ALIAS).orElseThrow();
        assertArrayEquals(onA, nodeB.certificate(SoftwareSealMakerAuthority.MAKER_ALIAS).orElseThrow());
        assertArrayEquals(authority.caCertificates().get(0),
                nodeB.certificate(SoftwareSealMakerAuthority.ROOT_ALIAS).orElseThrow(), "one root for both");
    }

    @Test
    void aKeyDestroyedOnOneNodeIsGoneOnTheOther() {
        Path file = directory.resolve("seal-keys.p12");
        Pkcs12SealKeyStore nodeA = new Pkcs12SealKeyStore(file, PASSWORD);
        Pkcs12SealKeyStore nodeB = new Pkcs12SealKeyStore(file, PASSWORD);
        nodeA.generate("gone");
        nodeA.generate("kept");
        assertTrue(nodeB.contains("gone"));

        nodeA.destroy("gone");
        nodeB.generate("later");
        assertFalse(new Pkcs12SealKeyStore(file, PASSWORD).contains("gone"), "B's write did not bring it back");
        BianminException refused = assertThrows(BianminException.class, () -> nodeB.sign("gone", new byte[] {1}));
        assertEquals(ErrorCode.SEAL_KEY_UNAVAILABLE, refused.code());
        assertTrue(nodeB.contains("kept"));
    }

    @Test
    void twoNodesMakingKeysAtOnceLoseNone() throws Exception {
        Path file = directory.resolve("seal-keys.p12");
        List<Pkcs12SealKeyStore> nodes = List.of(new Pkcs12SealKeyStore(file, PASSWORD),
                new Pkcs12SealKeyStore(file, PASSWORD));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Pkcs12SealKeyStore node = nodes.get(i % 2);
                String alias = "seal-" + i;
                work.add(() -> {
                    node.generate(alias);
                    return null;
                });
            }
            for (Future<Void> done : threads.invokeAll(work)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
        Pkcs12SealKeyStore restarted = new Pkcs12SealKeyStore(file, PASSWORD);
        Set<String> missing = new TreeSet<>();
        for (int i = 0; i < 24; i++) {
            if (!restarted.contains("seal-" + i)) {
                missing.add("seal-" + i);
            }
        }
        assertEquals(Set.of(), missing, "every key both nodes made is in the file");
        assertTrue(nodes.get(0).contains("seal-1") && nodes.get(1).contains("seal-0"));
    }
}
