package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.Witness;
import org.bianmin.audit.WitnessAnswer;
import org.bianmin.core.Actor;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log and its witness in two Felix frameworks on one database (C2SP tlog-witness): framework A
 * runs the county audit trail, framework B runs only the witness (its other storages wait for a
 * driver no bundle registers), configured with A's note keys. A's checkpoints reach B's
 * {@link Witness} service through A's {@code local} witness setting: the test registers B's
 * service object in A (both frameworks share the core-api classes of the class path), the bridge a
 * platform without an HTTP server uses; the REST path is covered by the Liberty tests.
 *
 * <p>Then A's history is rewritten in the database, as someone holding the database and the log key
 * could: the rows are deleted and the entries appended again with entry 2 altered, at the same
 * times, and signed checkpoints published. B refuses both the fork at the cosigned size (409) and
 * the longer rewritten tree (422, the consistency proof fails), and its stored checkpoint stays the
 * one it cosigned.
 *
 * <p>The database is the PostgreSQL schema of {@code -Dbianmin.test.db=postgresql}, or by default an
 * H2 file opened in mixed mode ({@code AUTO_SERVER=TRUE}): each framework loads its own H2 driver,
 * so an in-memory H2 database would be two databases; the first to open the file serves it to the
 * other (and to the test's own connection) over TCP, and keeps it open ({@code DB_CLOSE_DELAY=-1})
 * while components come and go, so the server does not stop under the others' connections.
 */
class WitnessFelixIT {
    private static final String WITNESS_NAME = "ganzi.gov.cn/bianmin/witness";
    private static final Instant LOGGED = Instant.parse("2026-03-02T01:30:00Z");

    @TempDir
    Path dir;

    @Test
    void theWitnessInAnotherFrameworkRefusesARewrittenHistory() throws Exception {
        try (SharedDatabase database = SharedDatabase.create(dir);
                FelixRuntime log = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API)
                        .sharedDatabase(database.url(), database.user(), database.driver())
                        .clock(TimeSource.fixed(LOGGED))
                        .configure("org.bianmin.audit.trail", trailConfig(Map.of()))
                        .start()) {
            List<String> logKeys = log.service(AuditTrail.class).noteVerifierKeys();
            // the services that need the trail activate once it is registered; let them settle on the
            // shared file before the other framework's H2 engine opens it
            log.service(org.bianmin.seal.SealRegistry.class);
            log.service(org.bianmin.proxy.ProxyCases.class);
            log.service(org.bianmin.catalogue.ServiceCatalogue.class);
            try (FelixRuntime witnessing = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).noDatabase()
                    .configure("org.bianmin.audit.witness.storage", Map.of("jdbc.url", database.url(),
                            "jdbc.user", database.user(),
                            "dataSourceFactory.target", "(osgi.jdbc.driver.class=" + database.driver() + ")"))
                    .configure("org.bianmin.audit.witness", Map.of("name", WITNESS_NAME,
                            "logs", logKeys.toArray(String[]::new),
                            "keystore.path", dir.resolve("witness-key.p12").toString(),
                            "keystore.password", "felix-witness-secret"))
                    .start()) {
                Witness witness = witnessing.service(Witness.class);
                assertNull(witnessing.context().getServiceReference(AuditTrail.class),
                        "framework B runs the witness only, no audit trail");
                log.context().registerService(Witness.class, witness, null);
                AuditTrail trail = log.reconfigure(AuditTrail.class, "org.bianmin.audit.trail", trailConfig(Map.of(
                        "witnesses", new String[] {witness.verifierKey() + " local"}, "witness.quorum", 1)));

                trail.appendAll(events(0, 4, null));
                Checkpoint first = trail.publishCheckpoint();
                trail.appendAll(events(4, 6, null));
                Checkpoint cosigned = trail.publishCheckpoint();
                assertTrue(trail.witnessed(first.treeSize()), trail.checkpointNote(first.treeSize()));
                assertTrue(trail.witnessed(cosigned.treeSize()), "B cosigned 4 -> 6 after checking the proof");
                assertTrue(trail.checkpointNote(cosigned.treeSize()).contains("\u2014 " + WITNESS_NAME + " "));
                WitnessState kept = database.witnessState(logOrigin(logKeys));
                assertEquals(cosigned.treeSize(), kept.treeSize());
                assertArrayEquals(cosigned.rootHash(), kept.rootHash());
                byte[] entry1 = trail.entry(1).leafHash();
                byte[] entry2 = trail.entry(2).leafHash();

                database.eraseAuditTrail();
                trail.appendAll(events(0, 6, "SEAL-2-REWRITTEN"));
                assertArrayEquals(entry1, trail.entry(1).leafHash(), "the same event at the same time hashes the same");
                assertFalse(Arrays.equals(entry2, trail.entry(2).leafHash()), "entry 2 is rewritten");
                Checkpoint fork = trail.publishCheckpoint();
                assertEquals(cosigned.treeSize(), fork.treeSize());
                assertFalse(Arrays.equals(cosigned.rootHash(), fork.rootHash()));
                assertFalse(trail.witnessed(fork.treeSize()), "B does not cosign another root at the size it cosigned");
                trail.append(event(6, null));
                Checkpoint longer = trail.publishCheckpoint();
                assertFalse(trail.witnessed(longer.treeSize()), "B does not cosign a tree that does not extend its own");

                WitnessAnswer sameSize = witness.addCheckpoint(request(trail, cosigned.treeSize(), fork.treeSize()));
                assertEquals(WitnessAnswer.Outcome.CONFLICT, sameSize.outcome(), sameSize.body());
                WitnessAnswer extended = witness.addCheckpoint(request(trail, cosigned.treeSize(), longer.treeSize()));
                assertEquals(WitnessAnswer.Outcome.INCONSISTENT, extended.outcome(), extended.body());
                WitnessAnswer fromScratch = witness.addCheckpoint(request(trail, 0, longer.treeSize()));
                assertEquals(WitnessAnswer.Outcome.CONFLICT, fromScratch.outcome());
                assertEquals(cosigned.treeSize() + "\n", fromScratch.body(), "B names the size it cosigned");

                assertEquals(kept, database.witnessState(logOrigin(logKeys)), "B's checkpoint is the one it cosigned");
            }
        }
    }

    private Map<String, Object> trailConfig(Map<String, Object> witnesses) {
        Map<String, Object> config = new HashMap<>(Map.of("keystore.path", dir.resolve("audit-key.p12").toString(),
                "keystore.password", "felix-audit-secret", "checkpoint.interval.minutes", 0));
        config.putAll(witnesses);
        return config;
    }

    private static String logOrigin(List<String> logKeys) {
        return logKeys.get(0).substring(0, logKeys.get(0).indexOf('+'));
    }

    /** Entries {@code from} to {@code to - 1}, the subject of entry 2 replaced when {@code rewritten} is given. */
    private static List<AuditEvent> events(int from, int to, String rewritten) {
        return IntStream.range(from, to).mapToObj(i -> event(i, rewritten)).toList();
    }

    private static AuditEvent event(int index, String rewritten) {
        String subject = index == 2 && rewritten != null ? rewritten : "SEAL-" + index;
        return AuditEvent.of(AuditEventType.SEAL_REQUESTED, Actor.of("county.clerk.wang"), subject);
    }

    /** An add-checkpoint body for the checkpoint of {@code size} from {@code old}, with the log's own proof. */
    private static byte[] request(AuditTrail trail, long old, long size) {
        StringBuilder body = new StringBuilder("old ").append(old).append('\n');
        if (old > 0 && old < size) {
            trail.consistencyProof(old, size).path()
                    .forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        }
        body.append('\n').append(trail.checkpointNote(size));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The witness's row for one log: the size, root and note it cosigned last. */
    record WitnessState(long treeSize, byte[] rootHash, String noteText) {
        @Override
        public boolean equals(Object other) {
            return other instanceof WitnessState state && treeSize == state.treeSize
                    && Arrays.equals(rootHash, state.rootHash) && noteText.equals(state.noteText);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(treeSize) * 31 + Arrays.hashCode(rootHash);
        }

        @Override
        public String toString() {
            return treeSize + " " + Base64.getEncoder().encodeToString(rootHash);
        }
    }

    /** The one database of both frameworks, and the test's own connections to it. */
    record SharedDatabase(String url, String user, String driver, TestDatabase postgresql) implements AutoCloseable {
        static SharedDatabase create(Path dir) {
            if (TestDatabase.Kind.selected() == TestDatabase.Kind.POSTGRESQL) {
                TestDatabase database = TestDatabase.create();
                return new SharedDatabase(database.jdbcUrl(), database.user(), "org.postgresql.Driver", database);
            }
            return new SharedDatabase("jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath()
                    + ";AUTO_SERVER=TRUE;DB_CLOSE_DELAY=-1",
                    "", "org.h2.Driver", null);
        }

        Connection connect() throws SQLException {
            return postgresql != null ? postgresql.connect() : DriverManager.getConnection(url, user, "");
        }

        WitnessState witnessState(String origin) throws SQLException {
            try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(
                    "SELECT tree_size, root_hash, note_text FROM witness_log WHERE origin = ?")) {
                select.setString(1, origin);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), "the witness keeps a row for " + origin);
                    return new WitnessState(row.getLong(1), row.getBytes(2), row.getString(3));
                }
            }
        }

        /** Deletes the trail's rows and empties its head, in one transaction. */
        void eraseAuditTrail() throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                for (String table : List.of("audit_checkpoint_note", "audit_checkpoint", "audit_node", "audit_entry")) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
                statement.executeUpdate("UPDATE audit_head SET tree_size = 0, root_hash = NULL");
                connection.commit();
            }
        }

        @Override
        public void close() {
            if (postgresql != null) {
                postgresql.close();
            }
        }
    }
}
