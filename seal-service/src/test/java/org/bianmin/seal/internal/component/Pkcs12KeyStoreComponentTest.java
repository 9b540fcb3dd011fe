package org.bianmin.seal.internal.component;

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
import javax.sql.DataSource;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.persistence.StorageConfig;
import org.bianmin.seal.internal.persistence.SealStorage;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;

/** The key store component keeps keys in memory only beside an in-memory seal database, never beside a file one. */
class Pkcs12KeyStoreComponentTest {
    @TempDir
    Path dir;

    private SealStorage storage;

    @AfterEach
    void close() {
        storage.unit().close();
    }

    @Test
    void withoutAPasswordBesideAPersistentDatabaseItRefusesToActivate() throws Exception {
        storage = storage("jdbc:h2:" + dir.resolve("seals"));
        BianminException refused = assertThrows(BianminException.class,
                () -> new Pkcs12KeyStoreComponent(storage, config(dir.resolve("keys.p12"), "")));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("keystore.password (and keystore.path) for PID org.bianmin.seal.keystore"),
                refused.getMessage());
        assertFalse(Files.exists(dir.resolve("keys.p12")));
    }

    @Test
    void withoutAPasswordBesideAnInMemoryDatabaseTheKeysLiveInMemory() throws Exception {
        storage = storage("jdbc:h2:mem:keystore-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Pkcs12KeyStoreComponent keys = new Pkcs12KeyStoreComponent(storage, config(dir.resolve("keys.p12"), ""));
        byte[] publicKey = keys.generate("seal-1");
        assertTrue(keys.contains("seal-1"));
        assertEquals(java.util.HexFormat.of().formatHex(publicKey),
                java.util.HexFormat.of().formatHex(keys.publicKey("seal-1")));
        assertFalse(Files.exists(dir.resolve("keys.p12")));
    }

    @Test
    void withAPasswordBesideAPersistentDatabaseTheKeysGoToTheFile() throws Exception {
        storage = storage("jdbc:h2:" + dir.resolve("seals"));
        Pkcs12KeyStoreComponent keys = new Pkcs12KeyStoreComponent(storage, config(dir.resolve("keys.p12"), "secret"));
        keys.generate("seal-1");
        assertTrue(Files.exists(dir.resolve("keys.p12")));
    }

    private static SealStorage storage(String url) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        DataSourceFactory drivers = mock(DataSourceFactory.class);
        when(drivers.createDataSource(any())).thenReturn((DataSource) h2);
        return new SealStorage(drivers, new StorageConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StorageConfig.class;
            }

            @Override
            public String jdbc_url() {
                return url;
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
        });
    }

    private static Pkcs12KeyStoreComponent.Config config(Path file, String password) {
        return new Pkcs12KeyStoreComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return Pkcs12KeyStoreComponent.Config.class;
            }

            @Override
            public String keystore_path() {
                return file.toString();
            }

            @Override
            public String keystore_password() {
                return password;
            }
        };
    }
}
