package org.bianmin.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A witness (见证节点, C2SP tlog-witness): another county's node, or the province, that keeps the
 * latest checkpoint it cosigned for each log it trusts, checks that every newer checkpoint extends
 * it (an RFC 9162 consistency proof), and cosigns it (C2SP tlog-cosignature v1). It never cosigns a
 * fork: a log that rewrote its history cannot obtain its cosignature.
 */
@ProviderType
public interface Witness {
    /** The witness's name, the key name of its cosignatures (e.g. {@code ganzi.gov.cn/bianmin/witness}). */
    String name();

    /** The verifier key of its cosignatures: {@code <name>+<key ID>+base64(0x04 || Ed25519 public key)}. */
    String verifierKey();

    /**
     * Answers an {@code add-checkpoint} request (tlog-witness): the body is an old size line
     * ({@code old N}), zero or more consistency proof lines (base64), a blank line and the signed
     * checkpoint note. Every outcome, a refusal included, is an answer, never an exception (except
     * {@code STORAGE_FAILURE} when the database fails).
     */
    WitnessAnswer addCheckpoint(byte[] request);
}
