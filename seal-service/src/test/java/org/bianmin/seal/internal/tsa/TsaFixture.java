package org.bianmin.seal.internal.tsa;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bouncycastle.crypto.digests.SM3Digest;

/** A county CA and TSA with real SM2 keys in a real (in-memory PKCS#12) key store, at a fixed time. */
final class TsaFixture {
    static final Instant NOW = Instant.parse("2026-03-02T01:30:00.250Z");

    final Pkcs12SealKeyStore keys = Pkcs12SealKeyStore.inMemory();
    final TimeSource clock = TimeSource.fixed(NOW);
    final SoftwareSealMakerAuthority ca = new SoftwareSealMakerAuthority(keys, "泸定县电子印章制作中心", clock);
    final byte[] certificate = CountyTsaCertificate.provision(keys, CountyTsaCertificate.ALIAS, ca, "泸定县时间戳服务",
            clock);
    final AtomicLong serials = new AtomicLong(1000);

    CountyTimeStampAuthority tsa() {
        return tsa(TimeStampPolicy.DEFAULT, serials::incrementAndGet);
    }

    CountyTimeStampAuthority tsa(TimeStampPolicy policy, LongSupplier serialNumbers) {
        return new CountyTimeStampAuthority(keys, CountyTsaCertificate.ALIAS, certificate, policy, serialNumbers, clock);
    }

    byte[] rootCertificate() {
        return ca.caCertificates().get(0);
    }

    byte[] issuingCertificate() {
        return ca.issuingCertificate();
    }

    static byte[] sm3(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }
}
