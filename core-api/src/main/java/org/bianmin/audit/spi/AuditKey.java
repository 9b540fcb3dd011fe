package org.bianmin.audit.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The county audit key (县级审计密钥) that signs the audit trail's checkpoints (signed tree heads,
 * RFC 9162 §4.10). Its private key never leaves the implementation: the trail asks it to sign and
 * reads only the public key. The audit module embeds a default held in an encrypted PKCS#12 file;
 * a deployment with an HSM registers its own implementation as an OSGi service.
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
}
