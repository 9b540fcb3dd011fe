package org.bianmin.seal;

/**
 * The lifecycle of an electronic seal (电子印章) in the registry (docs/requirements.md C-SEAL).
 *
 * <pre>
 * REQUESTED ─approve (second administrator)→ APPROVED ─make→ MADE ─activate→ ACTIVE
 * ACTIVE ─suspend (挂失)→ SUSPENDED ─resume (恢复)→ ACTIVE
 * APPROVED, MADE, ACTIVE, SUSPENDED ─revoke→ REVOKED
 * REQUESTED ─reject→ REJECTED
 * REVOKED, REJECTED ─destroy (key destroyed, record kept)→ DESTROYED
 * </pre>
 */
public enum SealState {
    REQUESTED, REJECTED, APPROVED, MADE, ACTIVE, SUSPENDED, REVOKED, DESTROYED;

    /** Whether a seal in this state may sign. */
    public boolean canSign() {
        return this == ACTIVE;
    }
}
