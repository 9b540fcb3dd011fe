package org.bianmin.proxy.internal.crypto;

import java.util.Arrays;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.PhoneNumber;
import org.bianmin.proxy.spi.PersonalDataKeys;

/**
 * Protects an applicant's ID-card number and phone for one case row: ciphertext (SM4-GCM bound to
 * the row), search index (HMAC-SM3) and masked form.
 */
public final class PersonalDataVault {
    static final String ID_NUMBER = "id_number";
    static final String PHONE = "phone";

    private final PersonalDataCipher cipher;
    private final SearchIndex index;

    public PersonalDataVault(PersonalDataKeys keys) {
        byte[] encryption = keys.encryptionKey();
        byte[] search = keys.searchKey();
        try {
            this.cipher = new PersonalDataCipher(encryption);
            this.index = new SearchIndex(search);
        } finally {
            Arrays.fill(encryption, (byte) 0);
            Arrays.fill(search, (byte) 0);
        }
    }

    /** A protected value. */
    public record Sealed(byte[] cipher, String index, String masked) {
    }

    public Sealed seal(String caseId, IdCardNumber number) {
        return new Sealed(cipher.encrypt(number.value(), context(caseId, ID_NUMBER)), index(number), number.masked());
    }

    public Sealed seal(String caseId, PhoneNumber phone) {
        return new Sealed(cipher.encrypt(phone.value(), context(caseId, PHONE)), index(phone), phone.masked());
    }

    public String index(IdCardNumber number) {
        return index.of(ID_NUMBER, number.value());
    }

    public String index(PhoneNumber phone) {
        return index.of(PHONE, phone.value());
    }

    public IdCardNumber openIdNumber(String caseId, byte[] stored) {
        return IdCardNumber.of(cipher.decrypt(stored, context(caseId, ID_NUMBER)));
    }

    public PhoneNumber openPhone(String caseId, byte[] stored) {
        return PhoneNumber.of(cipher.decrypt(stored, context(caseId, PHONE)));
    }

    private static String context(String caseId, String field) {
        return "proxy_case/" + caseId + "/" + field;
    }
}
