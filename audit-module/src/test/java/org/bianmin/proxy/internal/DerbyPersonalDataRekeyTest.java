package org.bianmin.proxy.internal;

import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** Key rotation of the personal data on embedded Apache Derby (Open Liberty's default database). */
class DerbyPersonalDataRekeyTest extends PersonalDataRekeyTest {
    @Override
    LedgerFixture newFixture() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:proxy-rekey-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        return new LedgerFixture(derby);
    }
}
