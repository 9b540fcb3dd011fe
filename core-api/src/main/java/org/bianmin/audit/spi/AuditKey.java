package org.bianmin.audit.spi;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The county audit key (县级审计密钥) that signs the audit trail's checkpoints (signed tree heads,
 * RFC 9162 §4.10). Its private key never leaves the implementation: the trail asks it to sign and
 * reads only the public key. The audit module embeds a default held in an encrypted PKCS#12 file;
 * a deployment with an HSM registers its own implementation as an OSGi service.
 *
 * <p>Beside the SM2 key it may hold an Ed25519 key (RFC 8032), which adds a second signature line
 * to the checkpoints' signed notes (C2SP signed-note) so that tools that know only Ed25519 can check
 * them; a key without one signs the notes with SM2 alone.
 */
@ConsumerType
public interface AuditKey {
    /** The public key's SubjectPublicKeyInfo (DER), an SM2 key (GB/T 32918). */
    byte[] publicKey();

    /**
     * Signs {@code message} with SM3withSM2 (GB/T 32918, default user id "1234567812345678") and
     * returns the DER {@code SEQUENCE { r, s }}.
     */
    byte[] sign(byte[] message);

    /** The Ed25519 public key (RFC 8032, 32 bytes), or empty when this key has no Ed25519 half. */
    default Optional<byte[]> ed25519PublicKey() {
        return Optional.empty();
    }

    /**
     * Signs {@code message} with the Ed25519 key (RFC 8032) and returns the 64-byte signature;
     * fails with {@code UnsupportedOperationException} when {@link #ed25519PublicKey()} is empty.
     */
    default byte[] signEd25519(byte[] message) {
        throw new UnsupportedOperationException("this audit key has no Ed25519 key");
    }
}
