package org.bianmin.audit.internal.cosign;

import org.bianmin.audit.WitnessAnswer;

/** How the log reaches one witness's {@code add-checkpoint} (C2SP tlog-witness): in process or over HTTP. */
@FunctionalInterface
public interface WitnessClient {
    /** Sends an {@code add-checkpoint} body; fails with an unchecked exception when the witness cannot be reached. */
    WitnessAnswer addCheckpoint(byte[] request);
}
