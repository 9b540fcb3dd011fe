package org.bianmin.audit.internal.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.ExportWriter;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.audit.internal.merkle.Sm3Hasher;

/** A log built in memory, signed with a key made for the run, to feed the verifier. */
final class LogFixture {
    static final Pkcs12AuditKey KEY = Pkcs12AuditKey.ephemeral();

    final List<String> lines = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();
    final MemoryTree tree = new MemoryTree();
    private final Sm3Hasher hasher = new Sm3Hasher();

    /** Appends {@code count} seal-use entries. */
    LogFixture append(int count) {
        return append(count, "doc-");
    }

    /** Appends {@code count} seal-use entries naming documents {@code prefix + sequence}. */
    LogFixture append(int count, String prefix) {
        for (int i = 0; i < count; i++) {
            long sequence = lines.size();
            String line = EntryCodec.line(sequence, Instant.parse("2026-11-26T01:00:00Z").plusSeconds(sequence),
                    "county.admin.li", "SEAL_USED", "LD-SEAL-" + sequence,
                    EntryCodec.payload(Map.of("document", prefix + sequence, "site", "兴隆镇")));
            lines.add(line);
            tree.append(hasher.leaf(line.getBytes(StandardCharsets.UTF_8)));
        }
        return this;
    }

    /** Signs a checkpoint of the current tree. */
    LogFixture checkpoint() {
        long size = tree.size();
        byte[] root = tree.root(size);
        Instant time = Instant.parse("2026-11-26T02:00:00Z").plusSeconds(size);
        checkpoints.add(new Checkpoint(size, root, time, CheckpointCodec.keyId(KEY.publicKey()),
                KEY.sign(CheckpointCodec.signedBytes(size, root, time))));
        return this;
    }

    /** The export of this log. */
    byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExportWriter writer = new ExportWriter(out);
            writer.header(lines.size(), checkpoints.size(), KEY.publicKey());
            for (String line : lines) {
                writer.entry(line);
            }
            for (Checkpoint checkpoint : checkpoints) {
                writer.checkpoint(checkpoint);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
