package org.bianmin.audit.internal.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.json.CanonicalJson;
import org.bianmin.audit.internal.json.JsonFormatException;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.EntryScanner;
import org.bianmin.audit.internal.log.ExportWriter;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.audit.internal.merkle.Sm3Hasher;

/**
 * Replays an export ({@link ExportWriter}'s format) into an {@link ExportedLog}: every entry line's
 * bytes, exactly as they are, become a leaf, so that any change to an entry changes the recomputed
 * roots. Problems are recorded with their line and the replay goes on where it can; only an
 * unreadable header or the end of the input stops it.
 */
public final class ExportReader {
    private static final Set<String> HEADER = Set.of("checkpoints", "entries", "format", "publicKey");

    private final Sm3Hasher hasher = new Sm3Hasher();

    /** Reads the export; fails only with an {@link IOException} from {@code in}. */
    public ExportedLog read(InputStream in) throws IOException {
        Lines lines = new Lines(in);
        MemoryTree tree = new MemoryTree(hasher);
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!lines.next()) {
            return new ExportedLog(null, 0, 0, tree, checkpoints,
                    new Problem(1, lines.cut ? "the header line is cut off" : "the export is empty"), true, null, 0,
                    null);
        }
        Map<String, Object> header;
        long entries;
        long announcedCheckpoints;
        byte[] publicKey;
        try {
            if (!(CanonicalJson.parse(lines.buffer, lines.start, lines.end) instanceof Map<?, ?> map)) {
                throw new JsonFormatException("the header must be a JSON object", 0);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) map;
            header = fields;
            if (!header.keySet().equals(HEADER) || !ExportWriter.FORMAT.equals(header.get("format"))
                    || !(header.get("entries") instanceof Long count) || count < 0
                    || !(header.get("checkpoints") instanceof Long marks) || marks < 0
                    || !(header.get("publicKey") instanceof String key)) {
                throw new JsonFormatException("the header must be {\"checkpoints\":M,\"entries\":N,\"format\":\""
                        + ExportWriter.FORMAT + "\",\"publicKey\":base64}", 0);
            }
            entries = count;
            announcedCheckpoints = marks;
            publicKey = Base64.getDecoder().decode(key);
        } catch (JsonFormatException | IllegalArgumentException e) {
            return new ExportedLog(null, 0, 0, tree, checkpoints, new Problem(1, "bad header: " + e.getMessage()),
                    false, null, 0, null);
        }
        Problem format = null;
        Problem canonical = null;
        Problem sequence = null;
        long nonCanonical = 0;
        boolean truncated = false;
        long lineNumber = 1;
        for (long index = 0; index < entries; index++) {
            lineNumber++;
            if (!lines.next()) {
                truncated = true;
                format = new Problem(lineNumber, (lines.cut ? "the line is cut off; " : "the export ends here; ")
                        + "the header announces " + entries + " entries, " + index + " are complete");
                break;
            }
            tree.append(hasher.leaf(lines.buffer, lines.start, lines.end - lines.start));
            try {
                long found = EntryScanner.sequence(lines.buffer, lines.start, lines.end);
                if (found != index && sequence == null) {
                    sequence = new Problem(lineNumber, "holds entry " + found + " where entry " + index + " belongs");
                }
            } catch (JsonFormatException | IllegalArgumentException e) {
                nonCanonical++;
                if (canonical == null) {
                    canonical = new Problem(lineNumber, "entry " + index + ": " + e.getMessage());
                }
            }
        }
        for (long index = 0; !truncated && index < announcedCheckpoints; index++) {
            lineNumber++;
            if (!lines.next()) {
                truncated = true;
                format = new Problem(lineNumber, (lines.cut ? "the line is cut off; " : "the export ends here; ")
                        + "the header announces " + announcedCheckpoints + " checkpoints, " + index + " are complete");
                break;
            }
            try {
                Object wrapper = CanonicalJson.parse(lines.buffer, lines.start, lines.end);
                if (!(wrapper instanceof Map<?, ?> map) || map.size() != 1 || !map.containsKey("checkpoint")) {
                    throw new JsonFormatException("expected {\"checkpoint\":{…}}", 0);
                }
                checkpoints.add(CheckpointCodec.fromJson(map.get("checkpoint")));
            } catch (JsonFormatException | IllegalArgumentException e) {
                if (format == null) {
                    format = new Problem(lineNumber, "bad checkpoint: " + e.getMessage());
                }
            }
        }
        if (!truncated && format == null && (lines.next() || lines.cut)) {
            format = new Problem(lineNumber + 1, "unexpected text after the announced entries and checkpoints");
        }
        return new ExportedLog(publicKey, entries, announcedCheckpoints, tree, checkpoints, format, truncated,
                canonical, nonCanonical, sequence);
    }

    /** Line-feed-terminated lines, read in large blocks; a last line without its line feed is cut off. */
    private static final class Lines {
        private final InputStream in;
        byte[] buffer = new byte[1 << 20];
        private int filled;
        private int next;
        int start;
        int end;
        boolean cut;

        Lines(InputStream in) {
            this.in = in;
        }

        /** Moves to the next complete line, {@code buffer[start, end)}; false at the end or when it is cut off. */
        boolean next() throws IOException {
            int scan = next;
            while (true) {
                for (int i = scan; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        start = next;
                        end = i;
                        next = i + 1;
                        return true;
                    }
                }
                scan = filled;
                if (next > 0) {
                    System.arraycopy(buffer, next, buffer, 0, filled - next);
                    filled -= next;
                    scan -= next;
                    next = 0;
                }
                if (filled == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = in.read(buffer, filled, buffer.length - filled);
                if (read < 0) {
                    cut = filled > next;
                    start = next;
                    end = next;
                    return false;
                }
                filled += read;
            }
        }
    }
}
