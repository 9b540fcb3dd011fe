package org.bianmin.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** When keys held in memory only are allowed: with a configured key source, or beside an in-memory database. */
class MemoryOnlyKeysTest {
    private static final String KEYS = "the seal key store (PID org.bianmin.seal.keystore)";
    private static final String CONFIGURE = "keystore.password for PID org.bianmin.seal.keystore";

    @Test
    void inMemoryDatabasesAreTheH2MemAndDerbyMemoryUrls() {
        assertTrue(MemoryOnlyKeys.inMemoryDatabase("jdbc:h2:mem:felix-1;DB_CLOSE_DELAY=-1"));
        assertTrue(MemoryOnlyKeys.inMemoryDatabase("jdbc:h2:mem:"));
        assertTrue(MemoryOnlyKeys.inMemoryDatabase("jdbc:h2:tcp://localhost/mem:shared"));
        assertTrue(MemoryOnlyKeys.inMemoryDatabase("jdbc:derby:memory:bianmin"));
        assertFalse(MemoryOnlyKeys.inMemoryDatabase("jdbc:h2:./bianmin-data/bianmin"));
        assertFalse(MemoryOnlyKeys.inMemoryDatabase("jdbc:h2:file:/var/lib/bianmin/mem"));
        assertFalse(MemoryOnlyKeys.inMemoryDatabase("jdbc:h2:tcp://localhost/~/bianmin"));
        assertFalse(MemoryOnlyKeys.inMemoryDatabase("jdbc:derby:/var/lib/bianmin/db"));
        assertFalse(MemoryOnlyKeys.inMemoryDatabase("jdbc:postgresql://127.0.0.1:5432/test"));
        assertFalse(MemoryOnlyKeys.inMemoryDatabase("jdbc:mariadb://127.0.0.1:3306/test"));
    }

    @Test
    void memoryOnlyKeysAreAllowedBesideAnInMemoryDatabase() {
        assertEquals(Optional.empty(), MemoryOnlyKeys.refusal(KEYS, CONFIGURE, false, "jdbc:h2:mem:test"));
        assertEquals(Optional.empty(), MemoryOnlyKeys.refusal(KEYS, CONFIGURE, false, "jdbc:derby:memory:bianmin"));
    }

    @Test
    void aConfiguredKeySourceIsAllowedBesideAPersistentDatabase() {
        assertEquals(Optional.empty(), MemoryOnlyKeys.refusal(KEYS, CONFIGURE, true,
                "jdbc:postgresql://db.example:5432/bianmin"));
    }

    @Test
    void memoryOnlyKeysBesideAPersistentDatabaseAreRefusedSayingWhatToConfigure() {
        String refusal = MemoryOnlyKeys.refusal(KEYS, CONFIGURE, false,
                "jdbc:postgresql://db.example:5432/bianmin?password=s3cret").orElseThrow();
        assertTrue(refusal.startsWith(KEYS + " has no key source configured"), refusal);
        assertTrue(refusal.contains("the database jdbc:postgresql://db.example:5432/bianmin outlives"), refusal);
        assertTrue(refusal.contains("Configure " + CONFIGURE), refusal);
        assertFalse(refusal.contains("s3cret"), refusal);
    }

    @Test
    void theRefusalIsThrownAsAConfigurationError() {
        BianminException refused = assertThrows(BianminException.class, () -> MemoryOnlyKeys
                .requireKeySourceOrMemoryDatabase(KEYS, CONFIGURE, false, "jdbc:h2:./bianmin-data/bianmin;AUTO_SERVER=TRUE"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("the database jdbc:h2:./bianmin-data/bianmin outlives"),
                refused.getMessage());
    }
}
