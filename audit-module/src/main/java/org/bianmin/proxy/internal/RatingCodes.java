package org.bianmin.proxy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The applicants' rating codes (好差评 by the applicant, plan task 16): 128 random bits as 26
 * characters of RFC 4648 base32 (A–Z, 2–7), typed or scanned from the receipt; stored only as their
 * SHA-256, and good for {@link #VALIDITY} after issue.
 */
final class RatingCodes {
    /** How long a code may be used after it is issued. */
    static final Duration VALIDITY = Duration.ofDays(90);

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int LENGTH = 26;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RatingCodes() {
    }

    /** A new code. */
    static String newCode() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                code.append(ALPHABET[(buffer >> (held - 5)) & 31]);
                held -= 5;
            }
        }
        code.append(ALPHABET[(buffer << (5 - held)) & 31]);
        return code.toString();
    }

    /**
     * The hash under which a code is stored, from the code as the applicant typed it (case, spaces
     * and hyphens ignored); a string that cannot be a code is refused like an unknown code.
     */
    static String hash(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) {
            throw invalid();
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The one refusal for an unknown, used or expired code, so that none can be told apart. */
    static BianminException invalid() {
        return new BianminException(ErrorCode.RATING_CODE_INVALID, "this rating code is not valid: it is unknown,"
                + " already used or expired; ask the service room for a new one");
    }
}
