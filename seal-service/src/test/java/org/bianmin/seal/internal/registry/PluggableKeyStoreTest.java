package org.bianmin.seal.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.signing.SealSignerComponent;
import org.bianmin.seal.internal.signing.SignatureTimeStamper;
import org.bianmin.seal.internal.tsa.CountyTimeStampAuthority;
import org.bianmin.seal.internal.tsa.CountyTsaCertificate;
import org.bianmin.seal.internal.tsa.TimeStampPolicy;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * An HSM plugs in through the {@link SealKeyStore} SPI alone. A key store of another kind
 * (here a stand-in that records every call and keeps its keys where the registry cannot see them)
 * makes, signs and destroys seals with the registry unchanged.
 */
class PluggableKeyStoreTest {
    /** A device-like store: the registry sees only the SPI; every call is recorded. */
    static final class RecordingDevice implements SealKeyStore {
        private final SealKeyStore device = Pkcs12SealKeyStore.inMemory();
        final List<String> calls = new ArrayList<>();

        @Override
        public byte[] generate(String alias) {
            calls.add("generate " + alias);
            return device.generate(alias);
        }

        @Override
        public byte[] publicKey(String alias) {
            calls.add("publicKey " + alias);
            return device.publicKey(alias);
        }

        @Override
        public byte[] sign(String alias, byte[] message) {
            calls.add("sign " + alias);
            return device.sign(alias, message);
        }

        @Override
        public byte[] signDigest(String alias, byte[] digest) {
            calls.add("signDigest " + alias);
            return device.signDigest(alias, digest);
        }

        @Override
        public boolean contains(String alias) {
            return device.contains(alias);
        }

        @Override
        public void destroy(String alias) {
            calls.add("destroy " + alias);
            device.destroy(alias);
        }

        @Override
        public void storeCertificate(String alias, byte[] certificate) {
            calls.add("storeCertificate " + alias);
            device.storeCertificate(alias, certificate);
        }

        @Override
        public Optional<byte[]> certificate(String alias) {
            return device.certificate(alias);
        }
    }

    @Test
    void anotherKeyStoreServesTheRegistryThroughTheSpi() {
        RecordingDevice device = new RecordingDevice();
        TimeSource clock = () -> Instant.parse("2026-04-01T00:00:00Z");
        try (TestDatabase database = TestDatabase.create(); SealStore store = SealStore.open(database.dataSource())) {
            SoftwareSealMakerAuthority authority = new SoftwareSealMakerAuthority(device, "泸定县电子印章制作中心", clock);
            SealRegistryComponent registry = new SealRegistryComponent(store, device, authority,
                    RegistryFixture.renderer(), clock, () -> null, RegistrySettings.LUDING);
            CountyTimeStampAuthority tsa = new CountyTimeStampAuthority(device, CountyTsaCertificate.ALIAS,
                    CountyTsaCertificate.provision(device, CountyTsaCertificate.ALIAS, authority, "泸定县时间戳服务", clock),
                    TimeStampPolicy.DEFAULT, store::nextTimeStampSerial, clock);
            SealSignerComponent signer = new SealSignerComponent(store, device, clock, () -> null,
                    SignatureTimeStamper.of(tsa));
            Instant now = clock.now();
            String esId = registry.request(new SealRequest("泸定县冷碛镇便民服务中心", RegistryFixture.LENGQI,
                    "泸定县冷碛镇人民政府审批服务专用章", "审批专用章", now, now.plus(Duration.ofDays(30)),
                    RegistryFixture.CLERK)).esId();
            registry.approve(esId, RegistryFixture.APPROVER);
            registry.make(esId, RegistryFixture.MAKER);
            registry.activate(esId, RegistryFixture.MAKER);
            registry.confirm(esId, registry.proposeCustody(esId, RegistryFixture.CUSTODIAN, RegistryFixture.MAKER, null)
                    .id(), RegistryFixture.APPROVER);
            byte[] der = signer.sign(esId, "决定书".getBytes(StandardCharsets.UTF_8), "泸冷审〔2026〕1号",
                    RegistryFixture.CUSTODIAN).der();
            assertEquals(esId, SealFormatReader.readSignature(der).getSeal().getSealInfo().getEsId());
            assertNotNull(SealFormatReader.readSignature(der).getTimeStamp(), "time-stamped by the TSA's key on the device");

            String alias = SealMaker.keyAlias(esId);
            assertTrue(device.calls.contains("generate " + alias));
            assertTrue(device.calls.contains("signDigest " + alias), "documents are signed on the device");
            assertTrue(device.calls.contains("sign " + SoftwareSealMakerAuthority.MAKER_ALIAS), "the maker signs");
            registry.revoke(esId, RegistryFixture.APPROVER, "test over", now);
            Seal destroyed = registry.destroy(esId, RegistryFixture.APPROVER, "retired");
            assertTrue(device.calls.contains("destroy " + alias));
            assertFalse(device.contains(alias));
            assertEquals(org.bianmin.seal.SealState.DESTROYED, destroyed.state());
        }
    }
}
