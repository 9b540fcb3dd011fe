package org.bianmin.seal.internal.registry;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CLERK;
import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.bianmin.seal.internal.registry.RegistryFixture.MAKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SubSealRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal migrations, row locks and the whole flow on embedded Apache Derby, Open Liberty's default
 * database: request, a refused self-approval, approve, make, activate, a numbered sub-seal, a
 * signature and its use record, revocation and destruction.
 */
class SealRegistryDerbyTest {
    static {
        // Derby writes its log into the working directory unless told otherwise
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    @TempDir
    Path directory;

    @Test
    void theRegistryRunsOnDerby() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:seal-" + java.util.UUID.randomUUID());
        derby.setCreateDatabase("create");
        try (RegistryFixture fixture = new RegistryFixture(directory, null, derby)) {
            SealRegistryComponent registry = fixture.registry;
            String esId = registry.request(fixture.xinglongRequest()).esId();
            assertEquals(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION,
                    assertThrows(BianminException.class, () -> registry.approve(esId, CLERK)).code());
            registry.approve(esId, APPROVER);
            registry.make(esId, MAKER);
            Seal centre = registry.activate(esId, MAKER);
            Seal sub = registry.requestSubSeal(new SubSealRequest(esId, "泸定县兴隆镇沙坝便民服务站",
                    centre.ownerDivision(), CLERK));
            assertEquals(1, sub.number());
            fixture.grantCustody(esId, CUSTODIAN);
            fixture.signer.sign(esId, "决定书".getBytes(StandardCharsets.UTF_8), "泸兴审〔2026〕2号", CUSTODIAN);
            assertEquals(1, registry.uses(esId).size());

            registry.revoke(esId, APPROVER, "replaced", fixture.now.get());
            assertEquals(SealState.REVOKED, registry.get(esId).state());
            assertEquals(SealState.REQUESTED, registry.get(sub.esId()).state(), "only live sub-seals are revoked");
            assertEquals(SealState.DESTROYED, registry.destroy(esId, APPROVER, "retired").state());
            assertEquals(6, registry.history(esId).size());
            assertEquals(2, fixture.count("seal_seal"));
            assertEquals(1, fixture.count("seal_use"));
            assertEquals(2, fixture.store.nextTimeStampSerial(),
                    "the time-stamp serial sequence runs on Derby; the signature's token took number 1");
            assertEquals(3, fixture.store.nextTimeStampSerial());
            assertEquals(1, fixture.store.nextCrlNumber(), "the CRL number sequence runs on Derby");
        }
    }
}
