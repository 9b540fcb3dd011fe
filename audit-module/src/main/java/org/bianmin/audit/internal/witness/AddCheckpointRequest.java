package org.bianmin.audit.internal.witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bianmin.audit.internal.note.NoteFormatException;
import org.bianmin.audit.internal.note.SignedNote;

/**
 * An {@code add-checkpoint} request body (C2SP tlog-witness): the line {@code old <size>} (decimal,
 * no leading zeros), at most {@value #MAX_PROOF_LINES} consistency proof lines of one base64 hash
 * each, an empty line, then the signed checkpoint note.
 *
 * @param oldSize the size of the checkpoint the log believes the witness cosigned last
 * @param proof   the consistency proof from {@code oldSize} to the checkpoint's size
 * @param note    the signed checkpoint
 */
public record AddCheckpointRequest(long oldSize, List<byte[]> proof, SignedNote note) {
    /** The most consistency proof lines a client may send. */
    public static final int MAX_PROOF_LINES = 63;
    /** The largest body read: a note and a full proof. */
    public static final int MAX_BYTES = SignedNote.MAX_BYTES + 64 * 64;

    public AddCheckpointRequest {
        proof = List.copyOf(proof);
    }

    /** Reads a body; fails with {@link NoteFormatException} naming the offence. */
    public static AddCheckpointRequest parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new NoteFormatException("an add-checkpoint body may hold at most " + MAX_BYTES + " bytes");
        }
        int end = indexOf(body, (byte) '\n', 0);
        if (end < 0) {
            throw new NoteFormatException("the body must start with the line 'old <size>'");
        }
        String first = new String(body, 0, end, StandardCharsets.UTF_8);
        if (!first.matches("old (0|[1-9][0-9]{0,18})")) {
            throw new NoteFormatException("the first line must be 'old <size>' in decimal without leading zeros, got '"
                    + (first.length() > 40 ? first.substring(0, 40) + "…" : first) + "'");
        }
        long oldSize;
        try {
            oldSize = Long.parseLong(first.substring(4));
        } catch (NumberFormatException e) {
            throw new NoteFormatException("the old size is too large");
        }
        List<byte[]> proof = new ArrayList<>();
        int start = end + 1;
        while (true) {
            end = indexOf(body, (byte) '\n', start);
            if (end < 0) {
                throw new NoteFormatException("the proof lines must end with an empty line before the checkpoint");
            }
            if (end == start) {
                break;
            }
            if (proof.size() == MAX_PROOF_LINES) {
                throw new NoteFormatException("a consistency proof has at most " + MAX_PROOF_LINES + " lines");
            }
            String line = new String(body, start, end - start, StandardCharsets.UTF_8);
            try {
                byte[] hash = Base64.getDecoder().decode(line);
                if (!Base64.getEncoder().encodeToString(hash).equals(line)) {
                    throw new IllegalArgumentException("not canonical");
                }
                proof.add(hash);
            } catch (IllegalArgumentException e) {
                throw new NoteFormatException("proof line " + (proof.size() + 1) + " is not one base64 hash");
            }
            start = end + 1;
        }
        return new AddCheckpointRequest(oldSize, proof,
                SignedNote.parse(Arrays.copyOfRange(body, end + 1, body.length)));
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
