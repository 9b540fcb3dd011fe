package org.bianmin.audit.internal.cosign;

import org.bianmin.audit.internal.note.CosignatureVerifier;

/**
 * One witness the log asks for cosignatures: its cosignature key (which also names it) and how to
 * reach it.
 *
 * @param key    the witness's cosignature key (tlog-cosignature, type 0x04)
 * @param client the way to its {@code add-checkpoint}
 */
public record WitnessEndpoint(CosignatureVerifier key, WitnessClient client) {
}
