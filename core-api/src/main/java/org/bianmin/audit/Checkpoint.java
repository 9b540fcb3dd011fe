package org.bianmin.audit;

import java.time.Instant;
import org.bianmin.core.Checks;

/**
 * A checkpoint (检查点), i.e. a signed tree head (RFC 9162 §4.10): the size and root hash of the audit trail's Merkle tree at
 * a time, signed with SM2 by the county audit key.
 *
 * @param treeSize  number of entries covered
 * @param rootHash  the Merkle tree hash of those entries (SM3, 32 bytes)
 * @param time      when the checkpoint was made
 * @param keyId     identifies the signing key (e.g. hex SM3 of its SubjectPublicKeyInfo)
 * @param signature SM2 signature (DER) over the checkpoint's signed bytes
 */
public record Checkpoint(long treeSize, byte[] rootHash, Instant time, String keyId, byte[] signature) {
    public Checkpoint {
        Checks.nonNegative(treeSize, "tree size");
        rootHash = Checks.bytes(rootHash, "root hash");
        Checks.required(time, "time");
        keyId = Checks.text(keyId, "key id");
        signature = Checks.bytes(signature, "signature");
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
