package org.bianmin.seal.internal.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.bianmin.seal.internal.format.SealFormat;

/** Digest algorithms named the ways vendors name them in CertDigestObj and OFD CheckMethod. */
final class Digests {
    private Digests() {
    }

    /** The digest of {@code data} by the algorithm named (SM3, SHA-1, SHA-256 by name or OID); null if unknown. */
    static byte[] byName(String name, byte[] data) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace("-", "");
        if (n.equals("SM3") || n.equals(SealFormat.SM3)) {
            return SmCrypto.sm3(data);
        }
        String jdk = switch (n) {
            case "SHA1", "1.3.14.3.2.26" -> "SHA-1";
            case "SHA256", "2.16.840.1.101.3.4.2.1" -> "SHA-256";
            default -> null;
        };
        if (jdk == null) {
            return null;
        }
        try {
            return MessageDigest.getInstance(jdk).digest(data);
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }
}
