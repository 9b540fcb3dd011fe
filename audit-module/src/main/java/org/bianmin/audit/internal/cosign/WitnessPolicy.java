package org.bianmin.audit.internal.cosign;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bianmin.audit.Witness;
import org.bianmin.audit.internal.note.CosignatureVerifier;
import org.bianmin.audit.internal.note.NoteFormatException;
import org.bianmin.audit.internal.note.NoteSignature;
import org.bianmin.audit.internal.note.SignedNote;
import org.bianmin.audit.internal.note.VerifierKeys;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * Which witnesses the log asks to cosign its checkpoints, and how many of them must have cosigned
 * a checkpoint before it counts. A policy of no witnesses and a quorum of 0 lets every checkpoint
 * count, as before witnesses existed.
 *
 * @param witnesses the witnesses, each at most once
 * @param quorum    how many distinct witnesses must cosign, 0 to {@code witnesses.size()}
 */
public record WitnessPolicy(List<WitnessEndpoint> witnesses, int quorum) {
    /** No witnesses, nothing required. */
    public static final WitnessPolicy NONE = new WitnessPolicy(List.of(), 0);

    public WitnessPolicy {
        witnesses = List.copyOf(witnesses);
        if (quorum < 0 || quorum > witnesses.size()) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the witness quorum must lie between 0 and the "
                    + witnesses.size() + " configured witness(es), got " + quorum);
        }
        if (witnesses.stream().map(witness -> witness.key().name()).distinct().count() != witnesses.size()) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "a witness is configured twice");
        }
    }

    /**
     * The policy from configuration: each entry is {@code <verifier key> <submission prefix URL>} or
     * {@code <verifier key> local} for a witness registered in this platform ({@code local} looks
     * the {@link Witness} service up by name at each request).
     */
    public static WitnessPolicy configured(String[] entries, int quorum, String user, String password,
            Function<String, Witness> localWitnesses) {
        List<WitnessEndpoint> endpoints = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("\\s+");
            if (parts.length != 2) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "a witness is configured as '<verifier key>"
                        + " <URL or local>', got '" + entry + "'");
            }
            CosignatureVerifier key;
            try {
                if (!(VerifierKeys.parse(parts[0]) instanceof CosignatureVerifier cosigner)) {
                    throw new NoteFormatException("it is not a cosignature key (type 0x04)");
                }
                key = cosigner;
            } catch (NoteFormatException e) {
                throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "witness key '" + parts[0] + "': "
                        + e.getMessage(), e);
            }
            WitnessClient client = parts[1].equals("local") ? local(key.name(), localWitnesses)
                    : new HttpWitnessClient(URI.create(parts[1]), user, password);
            endpoints.add(new WitnessEndpoint(key, client));
        }
        return new WitnessPolicy(endpoints, quorum);
    }

    private static WitnessClient local(String name, Function<String, Witness> localWitnesses) {
        return request -> {
            Witness witness = localWitnesses.apply(name);
            if (witness == null) {
                throw new BianminException(ErrorCode.SERVICE_UNAVAILABLE, "no witness named " + name + " runs here");
            }
            return witness.addCheckpoint(request);
        };
    }

    /** The names of the configured witnesses whose cosignature on {@code note} verifies. */
    public List<String> cosigners(SignedNote note) {
        List<String> names = new ArrayList<>();
        for (WitnessEndpoint witness : witnesses) {
            for (NoteSignature signature : note.signatures()) {
                if (witness.key().verify(note, signature)) {
                    names.add(witness.key().name());
                    break;
                }
            }
        }
        return names;
    }

    /** Whether enough configured witnesses have cosigned {@code note}. */
    public boolean met(SignedNote note) {
        return cosigners(note).size() >= quorum;
    }
}
