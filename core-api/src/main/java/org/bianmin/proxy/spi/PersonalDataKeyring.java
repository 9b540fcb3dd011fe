package org.bianmin.proxy.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where the proxy ledger gets the keys that protect personal data at rest (ID-card numbers and
 * phones) when keys are rotated: each key has an id, the ledger stores the id beside every value it
 * encrypts, writes new values under the {@linkplain #currentKeyId() current key} and reads older
 * ones with {@linkplain #key(String) the key of their id}. A deployment registers one backed by its
 * key store, KMS or HSM; without one the ledger reads the key files named in its configuration.
 *
 * <p>Keys leave the keyring as data keys (envelope encryption): a KMS or HSM keeps its master key
 * inside and hands the ledger the data key it unwraps, as KMS "generate data key" operations do.
 * The ledger needs the key itself because the search index is an HMAC-SM3 computed on every lookup
 * and the ciphertext is SM4-GCM bound to its row, operations a KMS or an HSM (GM/T 0018) does not
 * offer in one call. Keys are handed over as copies; the ledger never logs or stores them.
 *
 * <p>A new interface beside {@link PersonalDataKeys} rather than new methods on it: that one is
 * implemented by deployments, so every method added to it would break them.
 */
@ConsumerType
public interface PersonalDataKeyring {
    /** The id of the key new values are encrypted and indexed with. */
    String currentKeyId();

    /**
     * The key of {@code keyId}.
     *
     * @throws org.bianmin.core.BianminException {@code PERSONAL_DATA_KEY_UNKNOWN} when the keyring
     *         holds no key of that id (e.g. an old key was removed before every row was re-encrypted)
     */
    PersonalDataKey key(String keyId);
}
