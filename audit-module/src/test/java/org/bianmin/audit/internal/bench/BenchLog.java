package org.bianmin.audit.internal.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.EntryCodec;
import org.bianmin.audit.internal.log.ExportWriter;
import org.bianmin.audit.internal.merkle.MemoryTree;
import org.bianmin.audit.internal.merkle.Sm3Hasher;
import org.bianmin.core.Actor;

/** Realistic entries and exports for the benchmarks. */
final class BenchLog {
    static final Pkcs12AuditKey KEY = Pkcs12AuditKey.ephemeral();

    private BenchLog() {
    }

    /** A seal-use event like those the registry appends. */
    static AuditEvent event(long n) {
        return new AuditEvent(AuditEventType.SEAL_USED, Actor.of("township.clerk.wang"), "LD-SEAL-513322-" + (n % 97),
                Map.of("document", "approval-2026-" + n, "site", "泸定县兴隆镇便民服务中心", "window", "3"));
    }

    /** The canonical line of entry {@code n}. */
    static String line(long n) {
        AuditEvent event = event(n);
        return EntryCodec.line(n, Instant.parse("2026-11-26T00:00:00Z").plusMillis(n), event.actor().id(),
                event.type().name(), event.subject(), EntryCodec.payload(event.details()));
    }

    /** A tree of the first {@code size} entries. */
    static MemoryTree tree(int size) {
        MemoryTree tree = new MemoryTree();
        Sm3Hasher hasher = new Sm3Hasher();
        for (int n = 0; n < size; n++) {
            tree.append(hasher.leaf(line(n).getBytes(StandardCharsets.UTF_8)));
        }
        return tree;
    }

    /** An export of {@code size} entries with one signed checkpoint of them all. */
    static byte[] export(int size) {
        MemoryTree tree = new MemoryTree();
        Sm3Hasher hasher = new Sm3Hasher();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        try {
            ExportWriter lines = new ExportWriter(entries);
            for (int n = 0; n < size; n++) {
                String line = line(n);
                tree.append(hasher.leaf(line.getBytes(StandardCharsets.UTF_8)));
                lines.entry(line);
            }
            Instant time = Instant.parse("2026-11-27T00:00:00Z");
            byte[] root = tree.root(size);
            Checkpoint checkpoint = new Checkpoint(size, root, time, CheckpointCodec.keyId(KEY.publicKey()),
                    KEY.sign(CheckpointCodec.signedBytes(size, root, time)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportWriter writer = new ExportWriter(out);
            writer.header(size, 1, KEY.publicKey());
            entries.writeTo(out);
            writer.checkpoint(checkpoint);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
