package org.bianmin.seal.internal.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12SealKeyStoreTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path directory;

    @Test
    void signaturesVerifyWithTheDefaultUserIdAndDigestSigningMatchesMessageSigning() {
        Pkcs12SealKeyStore store = new Pkcs12SealKeyStore(directory.resolve("seal-keys.p12"), PASSWORD);
        byte[] publicKey = store.generate("seal-51332200000001");
        byte[] message = "泸定县兴隆镇 approval 2026-001".getBytes(StandardCharsets.UTF_8);

        assertTrue(verify(publicKey, message, store.sign("seal-51332200000001", message)));
        byte[] e = digest(publicKey, message);
        assertTrue(verify(publicKey, message, store.signDigest("seal-51332200000001", e)));
        // the same thread's cached signer keeps working, and a wrong message fails
        byte[] again = store.sign("seal-51332200000001", message);
        assertFalse(verify(publicKey, "another".getBytes(StandardCharsets.UTF_8), again));
    }

    @Test
    void keysSurviveReopeningAndAreEncryptedWithThePassword() throws Exception {
        Path file = directory.resolve("seal-keys.p12");
        Pkcs12SealKeyStore store = new Pkcs12SealKeyStore(file, PASSWORD);
        byte[] publicKey = store.generate("a1");

        Pkcs12SealKeyStore reopened = new Pkcs12SealKeyStore(file, PASSWORD);
        assertTrue(reopened.contains("a1"));
        assertArrayEquals(publicKey, reopened.publicKey("a1"));
        assertTrue(verify(publicKey, new byte[] {1, 2, 3}, reopened.sign("a1", new byte[] {1, 2, 3})));

        BianminException wrong = assertThrows(BianminException.class,
                () -> new Pkcs12SealKeyStore(file, "guess".toCharArray()));
        assertEquals(ErrorCode.SEAL_KEY_UNAVAILABLE, wrong.code());
        assertFalse(wrong.getMessage().contains("correct horse"));
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("BEGIN"), "the file is binary PKCS#12");
    }

    @Test
    void theFileIsStandardPkcs12AndHoldsNoKeyInClear() throws Exception {
        Path file = directory.resolve("interop.p12");
        Pkcs12SealKeyStore store = new Pkcs12SealKeyStore(file, PASSWORD);
        byte[] publicKey = store.generate("seal-51332200000009");
        byte[] message = {4, 2};

        java.security.KeyStore standard = java.security.KeyStore.getInstance("PKCS12",
                new org.bouncycastle.jce.provider.BouncyCastleProvider());
        try (java.io.InputStream in = Files.newInputStream(file)) {
            standard.load(in, PASSWORD);
        }
        java.security.interfaces.ECPrivateKey key =
                (java.security.interfaces.ECPrivateKey) standard.getKey("seal-51332200000009", PASSWORD);
        java.security.Signature jca = java.security.Signature.getInstance("SM3withSM2",
                new org.bouncycastle.jce.provider.BouncyCastleProvider());
        jca.initSign(key);
        jca.update(message);
        assertTrue(verify(publicKey, message, jca.sign()), "the key read by a standard PKCS#12 reader is the key");

        byte[] scalar = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, key.getS());
        byte[] content = Files.readAllBytes(file);
        assertEquals(-1, indexOf(content, scalar), "the private key is not in the file in clear");
        assertThrows(java.io.IOException.class, () -> {
            try (java.io.InputStream in = Files.newInputStream(file)) {
                java.security.KeyStore.getInstance("PKCS12", new org.bouncycastle.jce.provider.BouncyCastleProvider())
                        .load(in, "wrong".toCharArray());
            }
        });
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void destroyRemovesTheKeyFromMemoryAndFile() {
        Path file = directory.resolve("k.p12");
        Pkcs12SealKeyStore store = new Pkcs12SealKeyStore(file, PASSWORD);
        store.generate("doomed");
        store.generate("kept");
        store.sign("doomed", new byte[] {9});

        store.destroy("doomed");

        assertFalse(store.contains("doomed"));
        assertEquals(ErrorCode.SEAL_KEY_UNAVAILABLE,
                assertThrows(BianminException.class, () -> store.sign("doomed", new byte[] {9})).code());
        Pkcs12SealKeyStore reopened = new Pkcs12SealKeyStore(file, PASSWORD);
        assertFalse(reopened.contains("doomed"));
        assertTrue(reopened.contains("kept"));
    }

    /**
     * A writer killed between writing its temporary file and moving it into place leaves the file
     * behind, with every key of its time in it; the next change removes it, so a key destroyed since
     * is in no file.
     */
    @Test
    void theTemporaryFileOfAWriterThatDiedIsRemovedByTheNextChange() throws Exception {
        Path file = directory.resolve("k.p12");
        Pkcs12SealKeyStore store = new Pkcs12SealKeyStore(file, PASSWORD);
        store.generate("doomed");
        Path leftover = Files.copy(file, directory.resolve("k.p12" + "4711" + ".tmp"));
        Path unrelated = Files.writeString(directory.resolve("k.p12.other.p124711.tmp"), "another store's");

        store.destroy("doomed");

        assertFalse(Files.exists(leftover), "the dead writer's temporary file is gone");
        assertTrue(Files.exists(unrelated), "another store's file stays");
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            assertEquals(java.util.Set.of("k.p12", "k.p12.lock", "k.p12.other.p124711.tmp"),
                    files.map(path -> path.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertFalse(new Pkcs12SealKeyStore(file, PASSWORD).contains("doomed"));
    }

    @Test
    void refusesBadAliasesEmptyPasswordsAndForeignCertificates() {
        assertEquals(ErrorCode.CONFIGURATION_INVALID, assertThrows(BianminException.class,
                () -> new Pkcs12SealKeyStore(directory.resolve("x.p12"), new char[0])).code());
        Pkcs12SealKeyStore store = new Pkcs12SealKeyStore(directory.resolve("x.p12"), PASSWORD);
        assertEquals(ErrorCode.INVALID_ARGUMENT,
                assertThrows(BianminException.class, () -> store.generate("../etc")).code());
        store.generate("one");
        assertEquals(ErrorCode.INVALID_ARGUMENT,
                assertThrows(BianminException.class, () -> store.generate("one")).code());
        assertTrue(store.certificate("one").isEmpty());

        SoftwareSealMakerAuthority authority = new SoftwareSealMakerAuthority(store, "泸定县",
                org.bianmin.core.spi.TimeSource.system());
        byte[] otherKey = store.generate("two");
        byte[] certificateOfTwo = authority.issueSignerCertificate("two", otherKey, java.time.Instant.now(),
                java.time.Instant.now().plusSeconds(60));
        assertEquals(ErrorCode.INVALID_ARGUMENT,
                assertThrows(BianminException.class, () -> store.storeCertificate("one", certificateOfTwo)).code());
        store.storeCertificate("two", certificateOfTwo);
        assertArrayEquals(certificateOfTwo, store.certificate("two").orElseThrow());
    }

    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        SM2Signer verifier = new SM2Signer();
        verifier.init(false, new ParametersWithID(Sm2.publicKey(publicKey), Sm2.DEFAULT_USER_ID));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    static byte[] digest(byte[] publicKey, byte[] message) {
        ECPublicKeyParameters key = Sm2.publicKey(publicKey);
        SM3Digest sm3 = new SM3Digest();
        byte[] z = Sm2.identityHash(key);
        sm3.update(z, 0, z.length);
        sm3.update(message, 0, message.length);
        byte[] e = new byte[32];
        sm3.doFinal(e, 0);
        return e;
    }
}
