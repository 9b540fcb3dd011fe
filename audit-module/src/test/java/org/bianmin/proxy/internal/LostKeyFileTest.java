package org.bianmin.proxy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.internal.persistence.ProxyStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore without the personal-data key files: the ledger in OSGi refuses to make a new key of an
 * id under which it holds cases (a new key would leave them unreadable), and still makes the key of
 * a new id, which is how a rotation starts.
 */
class LostKeyFileTest {
    @TempDir
    Path keys;

    private LedgerFixture fixture;
    private ProxyStorage storage;

    @BeforeEach
    void open() {
        fixture = new LedgerFixture();
        fixture.cases.receive(fixture.walkIn("heping", "zhang"), LedgerFixture.AGENT);
        storage = mock(ProxyStorage.class);
        when(storage.unit()).thenReturn(fixture.unit);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theKeyOfAnIdWithCasesIsRefusedNotMadeAnew() {
        BianminException refused = assertThrows(BianminException.class,
                () -> new ProxyCasesComponent(storage, null, null, fixture.time, config("1")));

        assertEquals(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, refused.code());
        assertTrue(refused.getMessage().contains("1.key of key id 1 is missing, but the ledger holds cases"
                + " encrypted under it: restore it"), refused.getMessage());
        assertFalse(Files.exists(keys.resolve("1.key")), "no new key file was made");
    }

    @Test
    void theKeyOfANewIdIsMade() {
        new ProxyCasesComponent(storage, null, null, fixture.time, config("2"));

        assertTrue(Files.exists(keys.resolve("2.key")));
    }

    private ProxyLedgerConfig config(String keyId) {
        ProxyLedgerConfig config = mock(ProxyLedgerConfig.class);
        when(config.personal_data_key_dir()).thenReturn(keys.toString());
        when(config.personal_data_key_file()).thenReturn("");
        when(config.personal_data_key_id()).thenReturn(keyId);
        when(config.personal_data_legacy_key_id()).thenReturn("1");
        when(config.county_logins()).thenReturn(new String[0]);
        when(config.late_entry_max_days()).thenReturn(30);
        return config;
    }
}
