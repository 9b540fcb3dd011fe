package org.bianmin.audit.internal.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bianmin.audit.internal.verify.Sm2Verification;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12AuditKeyTest {
    private static final java.time.Instant KEY_CREATED = java.time.Instant.parse("2026-01-05T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void createsTheKeyOnceAndReopensIt() {
        Path file = dir.resolve("keys/audit-key.p12");
        Pkcs12AuditKey created = Pkcs12AuditKey.openOrCreate(file, "s3cret-口令".toCharArray(), KEY_CREATED);
        assertTrue(Files.isRegularFile(file));
        Pkcs12AuditKey reopened = Pkcs12AuditKey.openOrCreate(file, "s3cret-口令".toCharArray(), KEY_CREATED);
        assertArrayEquals(created.publicKey(), reopened.publicKey());
        byte[] message = "bianmin-audit-checkpoint/1\n".getBytes(StandardCharsets.UTF_8);
        byte[] signature = reopened.sign(message);
        assertTrue(Sm2Verification.verify(Sm2Verification.publicKey(created.publicKey()), message, signature));
        assertFalse(Sm2Verification.verify(Sm2Verification.publicKey(created.publicKey()), "other".getBytes(), signature));
    }

    @Test
    void theEd25519KeyIsKeptAndAStoreWithoutOneGainsItWithTheSameSm2Key() throws Exception {
        Path file = dir.resolve("audit-key.p12");
        char[] password = "s3cret".toCharArray();
        Pkcs12AuditKey created = Pkcs12AuditKey.openOrCreate(file, password, KEY_CREATED);
        byte[] ed25519 = created.ed25519PublicKey().orElseThrow();
        assertEquals(32, ed25519.length);
        assertArrayEquals(ed25519, Pkcs12AuditKey.openOrCreate(file, password, KEY_CREATED).ed25519PublicKey()
                .orElseThrow(), "reopened, the same Ed25519 key");
        byte[] message = "luding.gov.cn/bianmin/audit\n".getBytes(StandardCharsets.UTF_8);
        org.bouncycastle.crypto.signers.Ed25519Signer verifier = new org.bouncycastle.crypto.signers.Ed25519Signer();
        verifier.init(false, new org.bouncycastle.crypto.params.Ed25519PublicKeyParameters(ed25519, 0));
        verifier.update(message, 0, message.length);
        assertTrue(verifier.verifySignature(created.signEd25519(message)), "an RFC 8032 signature");

        // a key store from before the Ed25519 key: only the SM2 entry
        java.security.Provider bc = new org.bouncycastle.jce.provider.BouncyCastleProvider();
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12-AES256-AES128", bc);
        try (java.io.InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        store.deleteEntry(Pkcs12AuditKey.ED25519_ALIAS);
        Path old = dir.resolve("old-audit-key.p12");
        try (java.io.OutputStream out = Files.newOutputStream(old)) {
            store.store(out, password);
        }
        Pkcs12AuditKey upgraded = Pkcs12AuditKey.openOrCreate(old, password, KEY_CREATED);
        assertArrayEquals(created.publicKey(), upgraded.publicKey(), "the SM2 key is the one it had");
        byte[] added = upgraded.ed25519PublicKey().orElseThrow();
        assertFalse(java.util.Arrays.equals(ed25519, added), "a new Ed25519 key");
        assertArrayEquals(added, Pkcs12AuditKey.openOrCreate(old, password, KEY_CREATED).ed25519PublicKey().orElseThrow(),
                "written to the file, so it stays");
    }

    @Test
    void theFileIsEncryptedAndHoldsNoKeyInClear() throws Exception {
        Path file = dir.resolve("audit-key.p12");
        Pkcs12AuditKey.openOrCreate(file, "s3cret".toCharArray(), KEY_CREATED);
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(content.contains("BEGIN PRIVATE KEY"));
        // PBES2 (1.2.840.113549.1.5.13) protects the key bag
        assertTrue(content.contains(new String(new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d,
                0x01, 0x05, 0x0d}, StandardCharsets.ISO_8859_1)), "the key bag is PBES2-encrypted");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Path file = dir.resolve("audit-key.p12");
        Pkcs12AuditKey.openOrCreate(file, "right".toCharArray(), KEY_CREATED);
        BianminException failure = assertThrows(BianminException.class,
                () -> Pkcs12AuditKey.openOrCreate(file, "wrong".toCharArray(), KEY_CREATED));
        assertEquals(ErrorCode.AUDIT_KEY_UNAVAILABLE, failure.code());
        assertFalse(failure.getMessage().contains("wrong\""), failure.getMessage());
    }

    @Test
    void aDamagedFileIsRefused() throws Exception {
        Path file = dir.resolve("audit-key.p12");
        Files.write(file, new byte[] {1, 2, 3});
        assertEquals(ErrorCode.AUDIT_KEY_UNAVAILABLE, assertThrows(BianminException.class,
                () -> Pkcs12AuditKey.openOrCreate(file, "right".toCharArray(), KEY_CREATED)).code());
    }

    @Test
    void aKeyStoreNeedsAPassword() {
        assertEquals(ErrorCode.CONFIGURATION_INVALID, assertThrows(BianminException.class,
                () -> Pkcs12AuditKey.openOrCreate(dir.resolve("k.p12"), new char[0], KEY_CREATED)).code());
        assertFalse(Files.exists(dir.resolve("k.p12")));
    }

    @Test
    void itsTextShowsNoKeyMaterial() {
        assertEquals("Pkcs12AuditKey[public key only]", Pkcs12AuditKey.ephemeral().toString());
    }
}
