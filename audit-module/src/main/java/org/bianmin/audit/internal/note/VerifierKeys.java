package org.bianmin.audit.internal.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Reads a verifier key string {@code <name>+<key ID, 8 hex digits>+base64(type || public key)} of
 * the three types this project knows: Ed25519 ({@code 0x01}), Ed25519 cosignature ({@code 0x04})
 * and SM2 ({@code 0xff} + OID, see {@link Sm2NoteVerifier}). The key ID must be the one the name
 * and key compute to.
 */
public final class VerifierKeys {
    private VerifierKeys() {
    }

    /** The verifier of {@code verifierKey}; fails with {@link NoteFormatException} naming the problem. */
    public static NoteVerifier parse(String verifierKey) {
        String[] parts = verifierKey == null ? new String[0] : verifierKey.strip().split("\\+", 3);  // base64 may hold +
        if (parts.length != 3) {
            throw new NoteFormatException("a verifier key reads <name>+<key ID>+<base64 key>, got '" + verifierKey + "'");
        }
        int keyId;
        byte[] material;
        try {
            if (parts[1].length() != 8) {
                throw new IllegalArgumentException("the key ID has 8 hex digits");
            }
            keyId = (int) HexFormat.fromHexDigitsToLong(parts[1]);
            material = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException("verifier key '" + verifierKey + "' is malformed: " + e.getMessage());
        }
        NoteVerifier verifier = verifier(parts[0], material);
        if (verifier.keyId() != keyId) {
            throw new NoteFormatException("verifier key '" + parts[0] + "' names key ID " + parts[1] + " but its key"
                    + " computes to " + HexFormat.of().toHexDigits(verifier.keyId()));
        }
        return verifier;
    }

    private static NoteVerifier verifier(String name, byte[] material) {
        if (material.length == 0) {
            throw new NoteFormatException("verifier key '" + name + "' holds no key");
        }
        byte[] rest = Arrays.copyOfRange(material, 1, material.length);
        if (material[0] == Ed25519NoteVerifier.TYPE) {
            return new Ed25519NoteVerifier(name, rest);
        }
        if (material[0] == CosignatureVerifier.TYPE) {
            return new CosignatureVerifier(name, rest);
        }
        int typeLength = Sm2NoteVerifier.TYPE.length;
        if (material.length > typeLength
                && Arrays.equals(Arrays.copyOf(material, typeLength), Sm2NoteVerifier.TYPE)) {
            return new Sm2NoteVerifier(name, Arrays.copyOfRange(material, typeLength, material.length));
        }
        throw new NoteFormatException("verifier key '" + name + "' is of signature type 0x"
                + HexFormat.of().toHexDigits(material[0]) + ", which this verifier does not know");
    }
}
