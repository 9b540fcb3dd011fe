package org.bianmin.proxy.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts personal data at rest with SM4 (GB/T 32907) in GCM mode: a random 96-bit IV per value
 * and a 128-bit tag over the ciphertext and the value's context (table, row id, field), so a value
 * copied to another row or field no longer decrypts. Stored form: {@code 0x01 || IV(12) || C || T(16)}.
 */
public final class PersonalDataCipher {
    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyParameter key;
    private final SecureRandom random = new SecureRandom();

    /** @param key the 16-byte SM4 key (copied) */
    public PersonalDataCipher(byte[] key) {
        if (key == null || key.length != 16) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the personal-data key must be 16 bytes (SM4-128)");
        }
        this.key = new KeyParameter(key.clone());
    }

    /** Encrypts {@code clear}, bound to {@code context} (e.g. {@code "proxy_case/<id>/id_number"}). */
    public byte[] encrypt(String clear, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] plain = clear.getBytes(StandardCharsets.UTF_8);
        GCMModeCipher gcm = gcm(true, iv, context);
        byte[] out = new byte[1 + IV_BYTES + gcm.getOutputSize(plain.length)];
        out[0] = FORMAT;
        System.arraycopy(iv, 0, out, 1, IV_BYTES);
        int length = gcm.processBytes(plain, 0, plain.length, out, 1 + IV_BYTES);
        try {
            gcm.doFinal(out, 1 + IV_BYTES + length);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("SM4-GCM encryption failed", e);
        }
        Arrays.fill(plain, (byte) 0);
        return out;
    }

    /** Decrypts a value stored by {@link #encrypt}; fails with {@code STORAGE_FAILURE} when it was altered. */
    public String decrypt(byte[] stored, String context) {
        if (stored == null || stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "the stored personal data of " + context
                    + " is not in the expected SM4-GCM format");
        }
        byte[] iv = Arrays.copyOfRange(stored, 1, 1 + IV_BYTES);
        GCMModeCipher gcm = gcm(false, iv, context);
        int inputLength = stored.length - 1 - IV_BYTES;
        byte[] plain = new byte[gcm.getOutputSize(inputLength)];
        int length = gcm.processBytes(stored, 1 + IV_BYTES, inputLength, plain, 0);
        try {
            length += gcm.doFinal(plain, length);
        } catch (InvalidCipherTextException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "the stored personal data of " + context
                    + " fails its integrity check (wrong key or altered row)", e);
        }
        return new String(plain, 0, length, StandardCharsets.UTF_8);
    }

    private GCMModeCipher gcm(boolean encrypt, byte[] iv, String context) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(key, TAG_BITS, iv, context.getBytes(StandardCharsets.UTF_8)));
        return gcm;
    }
}
