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
    private final boolean parallel;

    /** A reader that checks and hashes entry lines on all processors. */
    public ExportReader() {
        this(true);
    }

    /** A reader that checks and hashes entry lines on all processors, or on the calling thread only. */
    public ExportReader(boolean parallel) {
        this.parallel = parallel;
    }

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
        EntryBatch batch = new EntryBatch();
        long index = 0;
        while (index < entries && !truncated) {
            batch.clear();
            while (batch.count < EntryBatch.LINES && index + batch.count < entries) {
                if (!lines.next()) {
                    truncated = true;
                    break;
                }
                batch.add(lines.buffer, lines.start, lines.end);
            }
            batch.check(parallel);
            for (int i = 0; i < batch.count; i++, index++) {
                lineNumber++;
                tree.append(batch.leaves[i]);
                if (batch.errors[i] != null) {
                    nonCanonical++;
                    if (canonical == null) {
                        canonical = new Problem(lineNumber, "entry " + index + ": " + batch.errors[i]);
                    }
                } else if (batch.sequences[i] != index && sequence == null) {
                    sequence = new Problem(lineNumber, "holds entry " + batch.sequences[i] + " where entry " + index
                            + " belongs");
                }
            }
            if (truncated) {
                lineNumber++;
                format = new Problem(lineNumber, (lines.cut ? "the line is cut off; " : "the export ends here; ")
                        + "the header announces " + entries + " entries, " + index + " are complete");
            }
        }
        for (long mark = 0; !truncated && mark < announcedCheckpoints; mark++) {
            lineNumber++;
            if (!lines.next()) {
                truncated = true;
                format = new Problem(lineNumber, (lines.cut ? "the line is cut off; " : "the export ends here; ")
                        + "the header announces " + announcedCheckpoints + " checkpoints, " + mark + " are complete");
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

    /**
     * Up to {@value #LINES} entry lines, copied out of the input so that their leaf hashes and
     * canonical checks, which do not depend on each other, can run in parallel; the tree is then
     * grown from the leaves in order.
     */
    private static final class EntryBatch {
        static final int LINES = 4096;
        private static final ThreadLocal<Sm3Hasher> HASHERS = ThreadLocal.withInitial(Sm3Hasher::new);

        private byte[] data = new byte[LINES * 256];
        private final int[] starts = new int[LINES];
        private final int[] ends = new int[LINES];
        final byte[][] leaves = new byte[LINES][];
        final long[] sequences = new long[LINES];
        final String[] errors = new String[LINES];
        int count;
        private int used;

        void clear() {
            count = 0;
            used = 0;
        }

        void add(byte[] buffer, int from, int to) {
            int length = to - from;
            if (used + length > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, used + length));
            }
            System.arraycopy(buffer, from, data, used, length);
            starts[count] = used;
            ends[count] = used + length;
            used += length;
            count++;
        }

        void check(boolean parallel) {
            java.util.stream.IntStream lines = java.util.stream.IntStream.range(0, count);
            (parallel ? lines.parallel() : lines).forEach(this::check);
        }

        private void check(int i) {
            leaves[i] = HASHERS.get().leaf(data, starts[i], ends[i] - starts[i]);
            try {
                sequences[i] = EntryScanner.sequence(data, starts[i], ends[i]);
                errors[i] = null;
            } catch (JsonFormatException | IllegalArgumentException e) {
                errors[i] = e.getMessage();
            }
        }
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
