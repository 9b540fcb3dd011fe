package org.bianmin.seal;

import org.bianmin.core.Checks;

/**
 * What the registry holds of a seal when a signature by it, or the seal alone, is verified (check
 * SEAL_STATUS, docs/requirements.md C-SEAL): the seal, the SESeal it made, its state at the signing
 * time and at the validation time, and the recorded use that made the signature, read together
 * ({@link SealRegistry#standing}, since package version 1.10.0).
 *
 * @param seal              the registered seal
 * @param sealStructure     the DER of its GB/T 38540 SESeal; null until the seal is made
 * @param stateAtSigning    its state at the signing time, as {@link SealRegistry#stateAt} gives it; null
 *                          when the seal had not been requested by then
 * @param stateAtValidation its state at the validation time; null when the seal had not been requested by then
 * @param use               the recorded use that made the signature asked about; null when the registry
 *                          recorded none, or when no signature was asked about
 */
public record SealStanding(Seal seal, byte[] sealStructure, SealState stateAtSigning, SealState stateAtValidation,
        SealUse use) {
    public SealStanding {
        Checks.required(seal, "seal");
        sealStructure = sealStructure == null ? null : sealStructure.clone();
    }

    @Override
    public byte[] sealStructure() {
        return sealStructure == null ? null : sealStructure.clone();
    }
}
