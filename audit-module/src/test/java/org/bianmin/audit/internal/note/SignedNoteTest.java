package org.bianmin.audit.internal.note;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;

/** Signed notes (C2SP signed-note), checkpoint notes (tlog-checkpoint), key IDs and the parser's refusals. */
class SignedNoteTest {
    /** The example of golang.org/x/mod/sumdb/note (package documentation): verifier key, signer key, note. */
    private static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String PETER_SKEY_MATERIAL = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String PETER_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER_SIGNATURE =
            "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";
    private static final String PETER_NOTE = PETER_TEXT + "\n\u2014 PeterNeumann " + PETER_SIGNATURE + "\n";

    private static final Pkcs12AuditKey KEY = Pkcs12AuditKey.ephemeral();
    private static final String ORIGIN = "luding.gov.cn/bianmin/audit";

    @Test
    void theGoReferenceNoteVerifiesWithItsVerifierKey() {
        NoteVerifier peter = VerifierKeys.parse(PETER_VKEY);
        SignedNote note = SignedNote.parse(PETER_NOTE);
        assertEquals(PETER_TEXT, note.text());
        assertEquals(0xc74f20a3, note.signatures().get(0).keyId());
        assertTrue(peter.verify(note, note.signatures().get(0)));
        SignedNote altered = SignedNote.parse(PETER_NOTE.replace("cryptography", "cryptographY"));
        assertFalse(peter.verify(altered, altered.signatures().get(0)), "an altered text fails");
        assertEquals(PETER_NOTE, note.encoded(), "written back byte for byte");
    }

    @Test
    void bouncyCastleSigningWithTheGoSignerKeyReproducesTheReferenceSignature() {
        byte[] material = Base64.getDecoder().decode(PETER_SKEY_MATERIAL);
        assertEquals(1, material[0], "type 0x01, then the 32-byte seed");
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(material, 1));
        byte[] text = PETER_TEXT.getBytes(StandardCharsets.UTF_8);
        signer.update(text, 0, text.length);
        byte[] expected = Base64.getDecoder().decode(PETER_SIGNATURE);
        assertArrayEquals(Arrays.copyOfRange(expected, 4, expected.length), signer.generateSignature());
    }

    @Test
    void aCheckpointNoteCarriesAnSm2AndAnEd25519LineThatVerifyWithThePublishedKeys() {
        byte[] root = new byte[32];
        Arrays.fill(root, (byte) 7);
        Checkpoint checkpoint = new Checkpoint(3, root, java.time.Instant.parse("2026-11-26T17:42:55.182113Z"), "id",
                new byte[] {1});
        CheckpointNoteSigner signer = new CheckpointNoteSigner(ORIGIN, KEY);
        SignedNote note = SignedNote.parse(signer.sign(checkpoint).encoded());
        assertEquals(ORIGIN + "\n3\nBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=\ntime 2026-11-26T17:42:55.182113Z\n",
                note.text());
        assertEquals(2, note.signatures().size());
        List<NoteVerifier> keys = signer.verifiers().stream().map(key -> VerifierKeys.parse(key.verifierKey())).toList();
        assertTrue(keys.get(0).verify(note, note.signatures().get(0)), "SM2 line");
        assertTrue(keys.get(1).verify(note, note.signatures().get(1)), "Ed25519 line");
        assertFalse(keys.get(0).verify(note, note.signatures().get(1)), "each line names its own key");
        CheckpointText text = CheckpointText.parse(note.text());
        assertEquals(3, text.treeSize());
        assertArrayEquals(root, text.rootHash());
        assertEquals(List.of("time 2026-11-26T17:42:55.182113Z"), text.extensions());
    }

    @Test
    void keyIdsFollowTheRecommendedHash() throws Exception {
        byte[] oid = new ASN1ObjectIdentifier("1.2.156.10197.1.501").getEncoded();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((ORIGIN + "\n").getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0xff);
        sha256.update(oid);
        sha256.update(KEY.publicKey());
        assertEquals(ByteBuffer.wrap(sha256.digest()).getInt(), new Sm2NoteVerifier(ORIGIN, KEY.publicKey()).keyId());

        byte[] ed25519 = KEY.ed25519PublicKey().orElseThrow();
        sha256.update((ORIGIN + "\n").getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0x01);
        sha256.update(ed25519);
        assertEquals(ByteBuffer.wrap(sha256.digest()).getInt(), new Ed25519NoteVerifier(ORIGIN, ed25519).keyId());
    }

    @Test
    void sixteenSignaturesAreAcceptedAndMoreThanTheLimitRefused() {
        String line = "\u2014 PeterNeumann " + PETER_SIGNATURE + "\n";
        assertEquals(16, SignedNote.parse(PETER_TEXT + "\n" + line.repeat(16)).signatures().size());
        assertEquals(SignedNote.MAX_SIGNATURES, SignedNote.parse(PETER_TEXT + "\n"
                + line.repeat(SignedNote.MAX_SIGNATURES)).signatures().size());
        refused(PETER_TEXT + "\n" + line.repeat(SignedNote.MAX_SIGNATURES + 1), "at most 64 signatures");
    }

    @Test
    void theParserRefusesEachBrokenRule() {
        refused(PETER_TEXT + "\n\u2014 PeterNeumann " + PETER_SIGNATURE, "must end in a line feed");
        refused(PETER_TEXT + "\u2014 PeterNeumann " + PETER_SIGNATURE + "\n", "needs a blank line");
        refused(PETER_TEXT + "\n", "at least one signature line");
        refused(PETER_TEXT.replace("problem,", "problem,\t") + "\n\u2014 PeterNeumann " + PETER_SIGNATURE + "\n",
                "U+0009");
        refused(PETER_TEXT + "\n\u2014 Peter\u3000Neumann " + PETER_SIGNATURE + "\n", "space");
        refused(PETER_TEXT + "\n\u2014 Peter+Neumann " + PETER_SIGNATURE + "\n", "'+'");
        refused(PETER_TEXT + "\n- PeterNeumann " + PETER_SIGNATURE + "\n", "em dash");
        refused(PETER_TEXT + "\n\u2014 PeterNeumann " + PETER_SIGNATURE.replace("=", "") + "\n", "canonical base64");
        refused(PETER_TEXT + "\n\u2014 PeterNeumann x08g!/ZJ\n", "not base64");
        refused(PETER_TEXT + "\n\u2014 PeterNeumann AAAAAA==\n", "fewer than a 4-byte key ID");
        refused(PETER_TEXT + "\n\u2014 PeterNeumann\n", "a key name, a space");
        NoteFormatException large = assertThrows(NoteFormatException.class,
                () -> SignedNote.parse(new byte[SignedNote.MAX_BYTES + 1]));
        assertTrue(large.getMessage().contains("at most " + SignedNote.MAX_BYTES + " bytes"), large.getMessage());
        byte[] invalidUtf8 = (PETER_TEXT + "\n\u2014 PeterNeumann " + PETER_SIGNATURE + "\n").getBytes(StandardCharsets.UTF_8);
        invalidUtf8[3] = (byte) 0xc0;
        NoteFormatException utf8 = assertThrows(NoteFormatException.class, () -> SignedNote.parse(invalidUtf8));
        assertTrue(utf8.getMessage().contains("UTF-8"), utf8.getMessage());
    }

    @Test
    void checkpointTextsAndVerifierKeysAreChecked() {
        assertThrows(NoteFormatException.class, () -> CheckpointText.parse("origin\n3\n"));
        assertThrows(NoteFormatException.class, () -> CheckpointText.parse("origin\n03\nAAAA\n"));
        assertThrows(NoteFormatException.class, () -> CheckpointText.parse("origin\n3\nAAA*\n"));
        assertThrows(NoteFormatException.class, () -> CheckpointText.parse("origin\n3\nAAAA\n\n"));
        assertThrows(NoteFormatException.class, () -> CheckpointText.parse("origin\n99999999999999999999\nAAAA\n"));
        NoteFormatException wrongId = assertThrows(NoteFormatException.class,
                () -> VerifierKeys.parse(PETER_VKEY.replace("c74f20a3", "c74f20a4")));
        assertTrue(wrongId.getMessage().contains("computes to c74f20a3"), wrongId.getMessage());
        NoteFormatException unknownType = assertThrows(NoteFormatException.class,
                () -> VerifierKeys.parse("x+00000000+" + Base64.getEncoder().encodeToString(new byte[] {9, 1, 2})));
        assertTrue(unknownType.getMessage().contains("0x09"), unknownType.getMessage());
        assertThrows(NoteFormatException.class, () -> VerifierKeys.parse("PeterNeumann+c74f20a3"));
    }

    private static void refused(String note, String expected) {
        NoteFormatException e = assertThrows(NoteFormatException.class, () -> SignedNote.parse(note));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
