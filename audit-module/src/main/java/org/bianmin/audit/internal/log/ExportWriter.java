package org.bianmin.audit.internal.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.json.CanonicalJson;

/**
 * Writes the export format {@value #FORMAT}: UTF-8 JSON lines, each canonical and ending in a line
 * feed — one header line {@code {"checkpoints":M,"entries":N,"format":…,"publicKey":base64 SPKI}},
 * then the N entry lines in sequence order (each exactly the entry's leaf data), then the M lines
 * {@code {"checkpoint":{…}}}.
 */
public final class ExportWriter {
    /** The format's name and version. */
    public static final String FORMAT = "bianmin-audit-log/1";

    private final OutputStream out;

    public ExportWriter(OutputStream out) {
        this.out = out;
    }

    /** The header line. */
    public void header(long entries, int checkpoints, byte[] publicKey) throws IOException {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("checkpoints", checkpoints);
        fields.put("entries", entries);
        fields.put("format", FORMAT);
        fields.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        line(CanonicalJson.write(fields));
    }

    /** One entry line, as {@link EntryCodec#line} made it. */
    public void entry(String entryLine) throws IOException {
        line(entryLine);
    }

    /** One checkpoint line. */
    public void checkpoint(Checkpoint checkpoint) throws IOException {
        line(CanonicalJson.write(Map.of("checkpoint", CheckpointCodec.toJson(checkpoint))));
    }

    private void line(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
