package org.bianmin.seal.internal.component;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** The seal maker's refusal of a root made online beside a database that outlives the server. */
class SoftwareSealMakerComponentTest {
    @Test
    void aPersistentDatabaseWithoutARootCertificateIsRefusedWithTheCeremonyNamed() {
        BianminException refused = assertThrows(BianminException.class,
                () -> SoftwareSealMakerComponent.requireRootOrMemoryDatabase("jdbc:postgresql://127.0.0.1:5432/test"));

        assertEquals(ErrorCode.CONFIGURATION_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("\"The root CA ceremony\""), refused.getMessage());
        assertTrue(refused.getMessage().contains("configure root.certificate for PID org.bianmin.seal.maker"),
                refused.getMessage());
    }

    @Test
    void anInMemoryDatabaseMayHaveARootMadeOnline() {
        assertDoesNotThrow(() -> SoftwareSealMakerComponent.requireRootOrMemoryDatabase("jdbc:h2:mem:test"));
        assertDoesNotThrow(() -> SoftwareSealMakerComponent.requireRootOrMemoryDatabase("jdbc:derby:memory:bianmin"));
    }
}
