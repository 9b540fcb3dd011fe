package org.bianmin.seal.spi;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where seal keys live (密钥存储). Private keys never leave it: the registry asks it to generate,
 * sign and destroy by alias, and reads only public keys and certificates. The embedded default is
 * an encrypted PKCS#12 file; an HSM (PKCS#11, or a GM/T 0018 SDF device) implements the same
 * interface and is registered instead, without any change to the registry.
 *
 * <p>Aliases are ASCII letters, digits, '.', '_' and '-', at most 64 characters. Failures throw
 * {@link org.bianmin.core.BianminException} with {@code SEAL_KEY_UNAVAILABLE} (unknown or
 * destroyed alias, device failure) or {@code INVALID_ARGUMENT}.
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

    /**
     * Signs an SM2 message digest {@code e = SM3(Z_A || M)} that the caller has already computed
     * (GB/T 32918.2 §6.1, steps A1–A2; {@code Z_A} with the default user id); returns the DER
     * {@code SEQUENCE { r, s }}. This is the operation HSMs offer (e.g. SDF_InternalSign_ECC), and it
     * lets the registry hash a large, constant seal structure once instead of at every signature.
     *
     * @param digest the 32-byte SM3 digest e
     */
    byte[] signDigest(String alias, byte[] digest);

    /** Whether a key exists under {@code alias}. */
    boolean contains(String alias);

    /** Destroys the key under {@code alias}; it can never sign again. */
    void destroy(String alias);

    /**
     * Stores the X.509 certificate (DER) of the key under {@code alias}, replacing any earlier one;
     * the public key in the certificate must be the key's.
     */
    void storeCertificate(String alias, byte[] certificate);

    /** The certificate (DER) stored for the key under {@code alias}, if one was stored. */
    Optional<byte[]> certificate(String alias);
}
