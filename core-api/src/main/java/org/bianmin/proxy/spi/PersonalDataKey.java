package org.bianmin.proxy.spi;

import java.util.Arrays;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * One personal-data key of a {@link PersonalDataKeyring}: the SM4 key (GB/T 32907) that encrypts
 * ID-card numbers and phones and the HMAC-SM3 key of their search index. Both rotate together: a
 * value re-encrypted under a new key is indexed with that key's search key.
 *
 * @param id            the key's id, stored beside every value encrypted with it: 1–32 letters,
 *                      digits, {@code .}, {@code _} or {@code -}, starting with a letter or digit
 * @param encryptionKey the 16-byte SM4 key (copied)
 * @param searchKey     the search-index key, at least 16 bytes (copied)
 */
public record PersonalDataKey(String id, byte[] encryptionKey, byte[] searchKey) {
    public PersonalDataKey {
        id = requireId(id);
        if (encryptionKey == null || encryptionKey.length != 16) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the personal-data key " + id + " must have a 16-byte SM4 key");
        }
        if (searchKey == null || searchKey.length < 16) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the personal-data key " + id + " must have a search key of at least 16 bytes");
        }
        encryptionKey = encryptionKey.clone();
        searchKey = searchKey.clone();
    }

    /** {@code id} when it is a valid key id; else {@code CONFIGURATION_INVALID}. */
    public static String requireId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,31}")) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "a personal-data key id is 1–32 letters,"
                    + " digits, '.', '_' or '-' starting with a letter or digit, got '" + id + "'");
        }
        return id;
    }

    @Override
    public byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    @Override
    public byte[] searchKey() {
        return searchKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalDataKey key && id.equals(key.id)
                && Arrays.equals(encryptionKey, key.encryptionKey) && Arrays.equals(searchKey, key.searchKey);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id only: the keys never go to logs. */
    @Override
    public String toString() {
        return "PersonalDataKey[" + id + "]";
    }
}
