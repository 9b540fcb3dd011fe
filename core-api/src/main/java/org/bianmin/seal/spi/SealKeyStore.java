package org.bianmin.seal.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where seal keys live. Private keys never leave it: the registry asks it to generate, sign and
 * destroy by alias, and reads only public keys. The embedded default is an encrypted PKCS#12
 * file; an HSM (PKCS#11) implements the same interface.
 */
@ConsumerType
public interface SealKeyStore {
    /** Generates an SM2 key pair under {@code alias}; returns its SubjectPublicKeyInfo (DER). */
    byte[] generate(String alias);

    /** The SubjectPublicKeyInfo (DER) of the key under {@code alias}. */
    byte[] publicKey(String alias);

    /**
     * Signs {@code message} with SM3withSM2 (GB/T 32918, default user id "1234567812345678")
     * using the key under {@code alias}; returns the DER {@code SEQUENCE { r, s }}.
     */
    byte[] sign(String alias, byte[] message);

    /** Whether a key exists under {@code alias}. */
    boolean contains(String alias);

    /** Destroys the key under {@code alias}; it can never sign again. */
    void destroy(String alias);
}
