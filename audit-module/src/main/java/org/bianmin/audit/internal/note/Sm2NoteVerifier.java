package org.bianmin.audit.internal.note;

import org.bianmin.audit.internal.verify.Sm2Verification;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * An SM2 note key: SM3withSM2 signatures (GB/T 32918, user id {@code 1234567812345678}, DER
 * {@code SEQUENCE {r, s}}) over the note text. Signed notes assign SM2 no type byte, so its type is
 * {@code 0xff} followed by the DER of the object identifier SM2-with-SM3 (1.2.156.10197.1.501), as
 * the specification recommends for unassigned types; the public key is the SubjectPublicKeyInfo
 * (DER). The key ID is SHA-256(name || 0x0A || 0xff || OID DER || SubjectPublicKeyInfo)[:4].
 */
public final class Sm2NoteVerifier extends PublicNoteKey {
    /** 0xff, then the DER of OID 1.2.156.10197.1.501 (SM2 signing with SM3). */
    public static final byte[] TYPE = {(byte) 0xff, 0x06, 0x08, 0x2a, (byte) 0x81, 0x1c, (byte) 0xcf, 0x55, 0x01,
        (byte) 0x83, 0x75};

    private final ECPublicKeyParameters key;

    /** The key {@code name} with an SM2 SubjectPublicKeyInfo (DER). */
    public Sm2NoteVerifier(String name, byte[] subjectPublicKeyInfo) {
        super(name, TYPE, subjectPublicKeyInfo);
        this.key = sm2(subjectPublicKeyInfo);
    }

    private static ECPublicKeyParameters sm2(byte[] subjectPublicKeyInfo) {
        try {
            return Sm2Verification.publicKey(subjectPublicKeyInfo);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException(e.getMessage());
        }
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        return Sm2Verification.verify(key, text, signature);
    }
}
