package org.bianmin.proxy.internal.crypto;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.PhoneNumber;
import org.bianmin.proxy.spi.PersonalDataKey;
import org.bianmin.proxy.spi.PersonalDataKeyring;

/**
 * Protects an applicant's ID-card number and phone for one case row: ciphertext (SM4-GCM bound to
 * the row), search index (HMAC-SM3) and masked form, each under a key id of the
 * {@link PersonalDataKeyring} that is stored beside them. Rows stored before keys had ids (no key
 * id) are read with the legacy key id.
 */
public final class PersonalDataVault {
    static final String ID_NUMBER = "id_number";
    static final String PHONE = "phone";

    private final PersonalDataKeyring keyring;
    private final String legacyKeyId;
    private final Map<String, Keys> keys = new ConcurrentHashMap<>();

    /**
     * @param keyring     gives the current key id and the key of each id
     * @param legacyKeyId the key id of rows stored without one
     */
    public PersonalDataVault(PersonalDataKeyring keyring, String legacyKeyId) {
        this.keyring = keyring;
        this.legacyKeyId = PersonalDataKey.requireId(legacyKeyId);
        keys(currentKeyId());
    }

    /** A protected value, under the key {@code keyId}. */
    public record Sealed(String keyId, byte[] cipher, String index, String masked) {
    }

    /** The id of the key new values are written under; its key must be in the keyring. */
    public String currentKeyId() {
        return PersonalDataKey.requireId(keyring.currentKeyId());
    }

    /** The key id of a row: the stored one, or the legacy key id for a row stored without one. */
    public String keyIdOf(String stored) {
        return stored == null ? legacyKeyId : stored;
    }

    public Sealed seal(String keyId, String caseId, IdCardNumber number) {
        Keys under = keys(keyId);
        return new Sealed(keyId, under.cipher().encrypt(number.value(), context(caseId, ID_NUMBER)),
                under.index().of(ID_NUMBER, number.value()), number.masked());
    }

    public Sealed seal(String keyId, String caseId, PhoneNumber phone) {
        Keys under = keys(keyId);
        return new Sealed(keyId, under.cipher().encrypt(phone.value(), context(caseId, PHONE)),
                under.index().of(PHONE, phone.value()), phone.masked());
    }

    /** The search index of {@code number} under each of {@code keyIds} (a row's index is under its own key). */
    public List<String> indexes(IdCardNumber number, Collection<String> keyIds) {
        return keyIds.stream().map(id -> keys(id).index().of(ID_NUMBER, number.value())).toList();
    }

    /** The search index of {@code phone} under each of {@code keyIds}. */
    public List<String> indexes(PhoneNumber phone, Collection<String> keyIds) {
        return keyIds.stream().map(id -> keys(id).index().of(PHONE, phone.value())).toList();
    }

    public IdCardNumber openIdNumber(String keyId, String caseId, byte[] stored) {
        return IdCardNumber.of(keys(keyId).cipher().decrypt(stored, context(caseId, ID_NUMBER)));
    }

    public PhoneNumber openPhone(String keyId, String caseId, byte[] stored) {
        return PhoneNumber.of(keys(keyId).cipher().decrypt(stored, context(caseId, PHONE)));
    }

    private Keys keys(String keyId) {
        return keys.computeIfAbsent(keyId, this::load);
    }

    private Keys load(String keyId) {
        PersonalDataKey key = keyring.key(keyId);
        if (key == null || !key.id().equals(keyId)) {
            throw new BianminException(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, "the personal-data keyring gave no key"
                    + " for the id " + keyId + (key == null ? "" : " (it gave the key " + key.id() + ")"));
        }
        byte[] encryption = key.encryptionKey();
        byte[] search = key.searchKey();
        try {
            return new Keys(new PersonalDataCipher(encryption), new SearchIndex(search));
        } finally {
            Arrays.fill(encryption, (byte) 0);
            Arrays.fill(search, (byte) 0);
        }
    }

    private record Keys(PersonalDataCipher cipher, SearchIndex index) {
    }

    private static String context(String caseId, String field) {
        return "proxy_case/" + caseId + "/" + field;
    }
}
