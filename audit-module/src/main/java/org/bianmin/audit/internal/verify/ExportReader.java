package org.bianmin.audit.internal.verify;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.json.CanonicalJson;
import org.bianmin.audit.internal.json.JsonFormatException;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.ExportWriter;
import org.bianmin.audit.internal.log.LoggedEntry;
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
        byte[] headerLine = lines.next();
        if (headerLine == null) {
            return new ExportedLog(null, 0, 0, tree, checkpoints,
                    new Problem(1, lines.cut ? "the header line is cut off" : "the export is empty"), true, null, 0,
                    null);
        }
        Map<String, Object> header;
        long entries;
        long announcedCheckpoints;
        byte[] publicKey;
        try {
            header = CanonicalJson.parseObject(utf8(headerLine));
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
            byte[] line = lines.next();
            lineNumber++;
            if (line == null) {
                truncated = true;
                format = new Problem(lineNumber, (lines.cut ? "the line is cut off; " : "the export ends here; ")
                        + "the header announces " + entries + " entries, " + index + " are complete");
                break;
            }
            tree.append(hasher.leaf(line));
            try {
                LoggedEntry entry = EntryCodec.parse(utf8(line));
                if (entry.sequence() != index && sequence == null) {
                    sequence = new Problem(lineNumber, "holds entry " + entry.sequence() + " where entry " + index
                            + " belongs");
                }
            } catch (JsonFormatException | IllegalArgumentException e) {
                nonCanonical++;
                if (canonical == null) {
                    canonical = new Problem(lineNumber, "entry " + index + ": " + e.getMessage());
                }
            }
        }
        for (long index = 0; !truncated && index < announcedCheckpoints; index++) {
            byte[] line = lines.next();
            lineNumber++;
            if (line == null) {
                truncated = true;
                format = new Problem(lineNumber, (lines.cut ? "the line is cut off; " : "the export ends here; ")
                        + "the header announces " + announcedCheckpoints + " checkpoints, " + index + " are complete");
                break;
            }
            try {
                Map<String, Object> wrapper = CanonicalJson.parseObject(utf8(line));
                if (wrapper.size() != 1 || !wrapper.containsKey("checkpoint")) {
                    throw new JsonFormatException("expected {\"checkpoint\":{…}}", 0);
                }
                checkpoints.add(CheckpointCodec.fromJson(wrapper.get("checkpoint")));
            } catch (JsonFormatException | IllegalArgumentException e) {
                if (format == null) {
                    format = new Problem(lineNumber, "bad checkpoint: " + e.getMessage());
                }
            }
        }
        if (!truncated && format == null && (lines.next() != null || lines.cut)) {
            format = new Problem(lineNumber + 1, "unexpected text after the announced entries and checkpoints");
        }
        return new ExportedLog(publicKey, entries, announcedCheckpoints, tree, checkpoints, format, truncated,
                canonical, nonCanonical, sequence);
    }

    private static String utf8(byte[] line) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the line is not UTF-8");
        }
    }

    /** Line-feed-terminated lines as bytes; a last line without its line feed is cut off. */
    private static final class Lines {
        private final InputStream in;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
        private boolean cut;

        Lines(InputStream in) {
            this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        }

        /** The next complete line without its line feed; null at the end or when the line is cut off. */
        byte[] next() throws IOException {
            buffer.reset();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    return buffer.toByteArray();
                }
                buffer.write(b);
            }
            cut = buffer.size() > 0;
            return null;
        }
    }
}
