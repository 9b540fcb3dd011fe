package org.bianmin.audit.internal.trail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.key.Pkcs12AuditKey;
import org.bianmin.audit.internal.persistence.AuditStorage;
import org.bianmin.core.BianminException;
import org.bianmin.internal.persistence.StorageConfig;
import org.bianmin.core.ErrorCode;
import org.bianmin.testing.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;

/** The DS component: which key signs, and the periodic checkpoint that publishes only when the log grew. */
class AuditTrailComponentTest {
    private static final java.time.Instant KEY_CREATED = java.time.Instant.parse("2026-01-05T01:00:00Z");

    @TempDir
    Path dir;

    private TestDatabase database;
    private AuditStorage storage;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabase.create();
        storage = storage(database);
    }

    private AuditStorage storage(TestDatabase on) throws Exception {
        DataSourceFactory drivers = mock(DataSourceFactory.class);
        when(drivers.createDataSource(any())).thenReturn(on.dataSource());
        return new AuditStorage(drivers, storageConfig());
    }

    @AfterEach
    void close() {
        storage.unit().close();
        database.close();
    }

    @Test
    void signsWithTheConfiguredKeyStoreAndPublishesOnlyWhenTheLogGrew() {
        Path keyStore = dir.resolve("audit-key.p12");
        AuditTrailComponent trail = new AuditTrailComponent(storage, null, null, config(keyStore, "secret", 0));
        assertTrue(Files.exists(keyStore));
        assertArrayEquals(Pkcs12AuditKey.openOrCreate(keyStore, "secret".toCharArray(), KEY_CREATED).publicKey(),
                trail.checkpointPublicKey());

        trail.publishIfGrown();
        trail.append(TrailFixture.sealUsed(1));
        trail.publishIfGrown();
        trail.publishIfGrown();
        assertEquals(List.of(0L, 1L), trail.checkpoints().stream().map(Checkpoint::treeSize).toList());
        trail.stop();
    }

    @Test
    void aMissingKeyStoreBesideASignedLogIsRefusedNotMadeAnew() throws Exception {
        Path keyStore = dir.resolve("audit-key.p12");
        AuditTrailComponent first = new AuditTrailComponent(storage, null, null, config(keyStore, "secret", 0));
        first.append(TrailFixture.sealUsed(1));
        first.publishCheckpoint();
        first.stop();
        Files.delete(keyStore);

        BianminException refused = assertThrows(BianminException.class,
                () -> new AuditTrailComponent(storage, null, null, config(keyStore, "secret", 0)));

        assertEquals(ErrorCode.AUDIT_KEY_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().contains("holds 1 checkpoint signed with the county audit key: restore"),
                refused.getMessage());
        assertFalse(Files.exists(keyStore), "no new key store was made");
    }

    @Test
    void aTrailConfiguredToRequireStampsPublishesNothingWithoutAnAuthority() {
        AuditTrailComponent trail = new AuditTrailComponent(storage, null, null,
                config(dir.resolve("audit-key.p12"), "secret", 0, new String[0], 0, true));
        trail.append(TrailFixture.sealUsed(1));
        BianminException refused = assertThrows(BianminException.class, trail::publishCheckpoint);
        assertEquals(ErrorCode.TIMESTAMP_UNAVAILABLE, refused.code());
        assertTrue(trail.checkpoints().isEmpty());

        AuditTrailComponent optional = new AuditTrailComponent(storage, null, null,
                config(dir.resolve("audit-key.p12"), "secret", 0));
        assertTrue(optional.checkpointTimeStamp(optional.publishCheckpoint().treeSize()).isEmpty(),
                "by default a checkpoint is published without a stamp when no authority is registered");
    }

    @Test
    void aRegisteredKeyTakesThePlaceOfTheKeyStore() {
        Pkcs12AuditKey hsm = Pkcs12AuditKey.ephemeral();
        AuditTrailComponent trail = new AuditTrailComponent(storage, hsm, null,
                config(dir.resolve("unused.p12"), "secret", 60));
        assertArrayEquals(hsm.publicKey(), trail.checkpointPublicKey());
        assertFalse(Files.exists(dir.resolve("unused.p12")));
        trail.stop();
    }

    @Test
    void withoutAPasswordBesideAnInMemoryDatabaseTheKeyLivesInMemoryOnly() throws Exception {
        try (TestDatabase memory = TestDatabase.create(TestDatabase.Kind.H2)) {
            AuditStorage inMemory = storage(memory);
            AuditTrailComponent trail = new AuditTrailComponent(inMemory, null, null, config(dir.resolve("k.p12"), "", 0));
            assertFalse(Files.exists(dir.resolve("k.p12")));
            assertEquals(0, trail.publishCheckpoint().treeSize());
            inMemory.unit().close();
        }
    }

    @Test
    void withoutAPasswordBesideAPersistentDatabaseTheTrailRefusesToActivate() throws Exception {
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:" + dir.resolve("audit"));
        DataSourceFactory drivers = mock(DataSourceFactory.class);
        when(drivers.createDataSource(any())).thenReturn(file);
        AuditStorage persistent = new AuditStorage(drivers, storageConfig());
        try {
            BianminException refused = assertThrows(BianminException.class,
                    () -> new AuditTrailComponent(persistent, null, null, config(dir.resolve("k.p12"), "", 0)));
            assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
            assertTrue(refused.getMessage().contains("keystore.password (and keystore.path) for PID org.bianmin.audit.trail"),
                    refused.getMessage());
            assertFalse(Files.exists(dir.resolve("k.p12")));
        } finally {
            persistent.unit().close();
        }
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertEquals(ErrorCode.CONFIGURATION_INVALID, assertThrows(BianminException.class,
                () -> new AuditTrailComponent(storage, null, null, config(dir.resolve("k.p12"), "secret", -1))).code());
    }

    @Test
    void aMalformedWitnessPolicyIsRefused() {
        String witness = new org.bianmin.audit.internal.note.CosignatureVerifier("ganzi.gov.cn/bianmin/witness",
                Pkcs12AuditKey.ephemeral().ed25519PublicKey().orElseThrow()).verifierKey();
        refusedPolicy(new String[] {witness + " local"}, 2, "between 0 and the 1 configured witness(es)");
        refusedPolicy(new String[] {witness + " local", witness + " https://witness.example/api/witness"}, 1,
                "configured twice");
        refusedPolicy(new String[] {witness}, 0, "'<verifier key> <URL or local>'");
        refusedPolicy(new String[] {witness.replace("ganzi", "ganzi ") + " local"}, 0, "'<verifier key> <URL or local>'");
        String logKey = new AuditTrailComponent(storage.unit(), Pkcs12AuditKey.ephemeral(), () -> KEY_CREATED)
                .noteVerifierKeys().get(1);
        refusedPolicy(new String[] {logKey + " local"}, 0, "not a cosignature key (type 0x04)");
        AuditTrailComponent trail = new AuditTrailComponent(storage, null, null, config(dir.resolve("k.p12"), "secret", 0,
                new String[] {witness + " local"}, 1));
        trail.append(TrailFixture.sealUsed(1));
        long size = trail.publishCheckpoint().treeSize();
        assertFalse(trail.witnessed(size), "no witness named so runs here: published, but it does not count");
        trail.stop();
    }

    private void refusedPolicy(String[] witnesses, int quorum, String expected) {
        BianminException refused = assertThrows(BianminException.class, () -> new AuditTrailComponent(storage, null,
                null, config(dir.resolve("k.p12"), "secret", 0, witnesses, quorum)));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    private StorageConfig storageConfig() {
        return new StorageConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StorageConfig.class;
            }

            @Override
            public String jdbc_url() {
                return database.jdbcUrl();
            }

            @Override
            public String jdbc_user() {
                return "";
            }

            @Override
            public String jdbc_password() {
                return "";
            }

            @Override
            public String dataSourceFactory_target() {
                return "";
            }
        };
    }

    private static AuditTrailComponent.Config config(Path keyStore, String password, int minutes) {
        return config(keyStore, password, minutes, new String[0], 0);
    }

    private static AuditTrailComponent.Config config(Path keyStore, String password, int minutes, String[] witnesses,
            int quorum) {
        return config(keyStore, password, minutes, witnesses, quorum, false);
    }

    private static AuditTrailComponent.Config config(Path keyStore, String password, int minutes, String[] witnesses,
            int quorum, boolean stampsRequired) {
        return new AuditTrailComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AuditTrailComponent.Config.class;
            }

            @Override
            public String keystore_path() {
                return keyStore.toString();
            }

            @Override
            public String keystore_password() {
                return password;
            }

            @Override
            public int checkpoint_interval_minutes() {
                return minutes;
            }

            @Override
            public long outbox_interval_millis() {
                return 1000;
            }

            @Override
            public String origin() {
                return AuditTrailComponent.DEFAULT_ORIGIN;
            }

            @Override
            public String[] witnesses() {
                return witnesses.clone();
            }

            @Override
            public int witness_quorum() {
                return quorum;
            }

            @Override
            public String witness_user() {
                return "";
            }

            @Override
            public String witness_password() {
                return "";
            }

            @Override
            public boolean checkpoint_timestamp_required() {
                return stampsRequired;
            }
        };
    }
}
