package org.bianmin.audit.internal.cosign;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.bianmin.audit.WitnessAnswer;
import org.bianmin.audit.internal.note.NoteFormatException;
import org.bianmin.audit.internal.note.NoteSignature;
import org.bianmin.audit.internal.note.SignedNote;

/**
 * The log's side of C2SP tlog-witness: sends a new checkpoint to every witness of the policy with a
 * consistency proof from the size that witness last cosigned, and keeps the cosignatures that verify
 * with the witness's configured key. It does not know a witness's size at first (nor after a
 * restart): it sends {@code old 0}, and on 409 resends from the size the witness names. A witness
 * that refuses or cannot be reached is logged and skipped; the checkpoint stays published.
 */
public final class CosignatureRequests {
    private static final System.Logger LOG = System.getLogger(CosignatureRequests.class.getName());

    private final WitnessPolicy policy;
    private final Map<String, Long> lastCosigned = new ConcurrentHashMap<>();

    public CosignatureRequests(WitnessPolicy policy) {
        this.policy = policy;
    }

    /**
     * Asks every witness to cosign {@code note}, the checkpoint of {@code treeSize} entries;
     * {@code proofFrom} gives the consistency proof from an older size to {@code treeSize}. Returns
     * the cosignature lines that verify.
     */
    public List<NoteSignature> request(SignedNote note, long treeSize, LongFunction<List<byte[]>> proofFrom) {
        List<NoteSignature> cosignatures = new ArrayList<>();
        for (WitnessEndpoint witness : policy.witnesses()) {
            String name = witness.key().name();
            try {
                long old = Math.min(lastCosigned.getOrDefault(name, 0L), treeSize);
                WitnessAnswer answer = send(witness, note, old, treeSize, proofFrom);
                if (answer.outcome() == WitnessAnswer.Outcome.CONFLICT) {
                    long size = Long.parseLong(answer.body().strip());
                    if (size >= 0 && size <= treeSize) {
                        answer = send(witness, note, size, treeSize, proofFrom);
                    }
                }
                if (answer.outcome() != WitnessAnswer.Outcome.COSIGNED) {
                    LOG.log(Level.WARNING, "witness " + name + " did not cosign the checkpoint of " + treeSize
                            + " entries: " + answer.outcome() + " " + answer.body().strip());
                    continue;
                }
                List<NoteSignature> verified = verified(witness, note, answer.body());
                if (verified.isEmpty()) {
                    LOG.log(Level.WARNING, "witness " + name + " answered no cosignature that verifies with its key");
                    continue;
                }
                lastCosigned.put(name, treeSize);
                cosignatures.addAll(verified);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot obtain a cosignature from witness " + name + ": " + e.getMessage());
            }
        }
        return cosignatures;
    }

    private static WitnessAnswer send(WitnessEndpoint witness, SignedNote note, long old, long treeSize,
            LongFunction<List<byte[]>> proofFrom) {
        StringBuilder body = new StringBuilder("old ").append(old).append('\n');
        if (old > 0 && old < treeSize) {
            proofFrom.apply(old).forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        }
        body.append('\n').append(note.encoded());
        return witness.client().addCheckpoint(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<NoteSignature> verified(WitnessEndpoint witness, SignedNote note, String body) {
        List<NoteSignature> verified = new ArrayList<>();
        for (String line : body.split("\n")) {
            try {
                NoteSignature signature = NoteSignature.parse(line);
                if (witness.key().verify(note, signature)) {
                    verified.add(signature);
                }
            } catch (NoteFormatException e) {
                LOG.log(Level.WARNING, "witness " + witness.key().name() + " answered a malformed line: " + e.getMessage());
            }
        }
        return verified;
    }
}
