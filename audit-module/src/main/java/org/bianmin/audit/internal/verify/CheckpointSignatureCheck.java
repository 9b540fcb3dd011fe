package org.bianmin.audit.internal.verify;

import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * Checks a checkpoint's signature (RFC 9162 §8.1.1, tree head signature): the key id names the
 * audit key, and the SM2 signature over {@link CheckpointCodec#signedBytes} verifies with it.
 */
public final class CheckpointSignatureCheck {
    private final byte[] publicKey;
    private final ECPublicKeyParameters key;
    private final String keyId;

    /** A check with the audit key's SubjectPublicKeyInfo; fails when it is not an SM2 key. */
    public CheckpointSignatureCheck(byte[] publicKey) {
        this.publicKey = publicKey.clone();
        this.key = Sm2Verification.publicKey(publicKey);
        this.keyId = CheckpointCodec.keyId(publicKey);
    }

    /** The name of this check for {@code checkpoint}. */
    public static String name(Checkpoint checkpoint) {
        return "checkpoint-signature[size=" + checkpoint.treeSize() + "]";
    }

    /** Judges {@code checkpoint}. */
    public AuditCheckResult check(Checkpoint checkpoint) {
        if (!keyId.equals(checkpoint.keyId())) {
            return AuditCheckResult.failed(name(checkpoint), Reason.KEY_MISMATCH,
                    "signed by key " + checkpoint.keyId() + ", the audit key is " + keyId);
        }
        if (!Sm2Verification.verify(key, CheckpointCodec.signedBytes(checkpoint), checkpoint.signature())) {
            return AuditCheckResult.failed(name(checkpoint), Reason.SIGNATURE_INVALID,
                    "the SM2 signature over size " + checkpoint.treeSize() + ", its root and time does not verify"
                            + " with key " + keyId);
        }
        return AuditCheckResult.passed(name(checkpoint), "SM2 signature valid, key " + keyId);
    }

    /** The key's identifier. */
    public String keyId() {
        return keyId;
    }

    /** The key's SubjectPublicKeyInfo. */
    public byte[] publicKey() {
        return publicKey.clone();
    }
}
