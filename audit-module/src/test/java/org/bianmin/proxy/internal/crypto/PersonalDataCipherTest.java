package org.bianmin.proxy.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** SM4-GCM at rest, the HMAC-SM3 index and the default key file. */
class PersonalDataCipherTest {
    private static final byte[] KEY = Hex.decode("0123456789abcdeffedcba9876543210");

    @Test
    void sm4EngineMatchesTheStandardsExample() {
        // GB/T 32907-2016 Appendix A, example 1: key = plaintext = 0123456789abcdeffedcba9876543210
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(KEY));
        byte[] out = new byte[16];
        engine.processBlock(KEY, 0, out, 0);
        assertEquals("681edf34d206965e86b3e94f536e4246", Hex.toHexString(out));
    }

    @Test
    void roundTripsWithARandomIvAndBindsTheContext() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY);
        byte[] first = cipher.encrypt("51332219450312002X", "proxy_case/a/id_number");
        byte[] second = cipher.encrypt("51332219450312002X", "proxy_case/a/id_number");

        assertFalse(Arrays.equals(first, second), "the IV must be random");
        assertEquals(1 + 12 + 18 + 16, first.length);
        assertEquals("51332219450312002X", cipher.decrypt(first, "proxy_case/a/id_number"));
        assertEquals(ErrorCode.STORAGE_FAILURE, assertThrows(BianminException.class,
                () -> cipher.decrypt(first, "proxy_case/b/id_number")).code());
        byte[] flipped = first.clone();
        flipped[20] ^= 1;
        assertEquals(ErrorCode.STORAGE_FAILURE, assertThrows(BianminException.class,
                () -> cipher.decrypt(flipped, "proxy_case/a/id_number")).code());
        assertEquals(ErrorCode.STORAGE_FAILURE, assertThrows(BianminException.class,
                () -> new PersonalDataCipher(Hex.decode("00112233445566778899aabbccddeeff"))
                        .decrypt(first, "proxy_case/a/id_number")).code());
        assertEquals(ErrorCode.CONFIGURATION_INVALID, assertThrows(BianminException.class,
                () -> new PersonalDataCipher(new byte[15])).code());
    }

    @Test
    void searchIndexIsKeyedAndSeparatesFields() {
        SearchIndex index = new SearchIndex("search-key-for-tests-only-32byte".getBytes());
        String id = index.of("id_number", "13812345678");
        assertEquals(64, id.length());
        assertEquals(id, index.of("id_number", "13812345678"));
        assertNotEquals(id, index.of("phone", "13812345678"));
        assertNotEquals(id, new SearchIndex("another-key-for-tests-only-32byt".getBytes()).of("id_number", "13812345678"));
    }

}
