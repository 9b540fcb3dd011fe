package org.bianmin.proxy.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where the proxy ledger gets the keys that protect personal data at rest (ID-card numbers and
 * phones): a deployment registers one backed by its key store. Without one, the ledger reads a key
 * file named in its configuration.
 *
 * <p>These keys have no id: the ledger gives them its configured legacy key id
 * ({@code personal.data.legacy.key.id}), the id of rows written before keys had ids, and cannot
 * rotate them. A deployment that rotates keys registers a {@link PersonalDataKeyring} instead,
 * which the ledger prefers when both are registered.
 *
 * <p>Keys are handed over as copies; the ledger never logs or stores them.
 */
@ConsumerType
public interface PersonalDataKeys {
    /** The 16-byte SM4 key (GB/T 32907) that encrypts personal data. */
    byte[] encryptionKey();

    /** The key (at least 16 bytes) of the HMAC-SM3 search index over personal data. */
    byte[] searchKey();
}
