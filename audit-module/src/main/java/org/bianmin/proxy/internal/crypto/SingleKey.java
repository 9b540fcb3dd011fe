package org.bianmin.proxy.internal.crypto;

import java.util.Arrays;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.spi.PersonalDataKey;
import org.bianmin.proxy.spi.PersonalDataKeyring;
import org.bianmin.proxy.spi.PersonalDataKeys;

/**
 * A registered {@link PersonalDataKeys}, which has one key and no ids, as a keyring whose only key
 * has the legacy id: rows of every age read as before, and rotation needs a keyring.
 */
public final class SingleKey implements PersonalDataKeyring {
    private final PersonalDataKeys keys;
    private final String keyId;

    /** @param keyId the id the key is known by: the legacy key id */
    public SingleKey(PersonalDataKeys keys, String keyId) {
        this.keys = keys;
        this.keyId = PersonalDataKey.requireId(keyId);
    }

    @Override
    public String currentKeyId() {
        return keyId;
    }

    @Override
    public PersonalDataKey key(String id) {
        if (!keyId.equals(id)) {
            throw new BianminException(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, "no personal-data key has the id " + id
                    + ": the registered PersonalDataKeys service has the key " + keyId
                    + " only; register a PersonalDataKeyring to hold several");
        }
        byte[] encryption = keys.encryptionKey();
        byte[] search = keys.searchKey();
        try {
            return new PersonalDataKey(keyId, encryption, search);
        } finally {
            Arrays.fill(encryption, (byte) 0);
            Arrays.fill(search, (byte) 0);
        }
    }
}
