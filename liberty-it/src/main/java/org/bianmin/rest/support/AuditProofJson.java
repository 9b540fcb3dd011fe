package org.bianmin.rest.support;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * How checkpoints and Merkle proofs are written in JSON, as Jackson mix-ins: members in sorted
 * order and a checkpoint's time with exactly six fractional digits in UTC, so that the REST API
 * writes the audit module's canonical form and a checkpoint or consistency proof saved from it is
 * a file {@code audit-verify.jar} reads ({@code --checkpoint}, {@code --proof}) as it is.
 */
final class AuditProofJson {
    private AuditProofJson() {
    }

    /** {@code org.bianmin.audit.Checkpoint}. */
    @JsonPropertyOrder(alphabetic = true)
    abstract static class CheckpointJson {
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", timezone = "UTC")
        abstract Instant time();
    }

    /** {@code org.bianmin.audit.InclusionProof} and {@code ConsistencyProof}. */
    @JsonPropertyOrder(alphabetic = true)
    abstract static class ProofJson {
    }
}
