package org.bianmin.proxy.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A keyed hash (HMAC-SM3, GB/T 32905) of personal data, stored beside the ciphertext so a case can
 * be found by the exact ID-card number or phone without decrypting the table; without the key the
 * column reveals nothing (an ID number's small space cannot be searched).
 */
public final class SearchIndex {
    private final byte[] key;

    /** @param key at least 16 bytes (copied) */
    public SearchIndex(byte[] key) {
        if (key == null || key.length < 16) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the search key must be at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** The index value (64 hex digits) of {@code value} in field {@code field}. */
    public String of(String field, String value) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        byte[] input = (field + '\u0000' + value).getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
