package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county time-stamp authority in Felix, called through the core-api {@link TimeStampSource}:
 * the seal bundle's imports of Bouncy Castle's tsp and cms packages resolve, and its tokens
 * validate with Bouncy Castle outside the framework, with distinct serials from the database.
 */
class TimeStampFelixIT {
    @TempDir
    Path dir;

    @Test
    void theCountyTsaTimeStampsThroughTheOsgiService() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.TYPED_API).selectedDatabase()
                .configure("org.bianmin.seal.keystore", Map.of("keystore.path", dir.resolve("seal-keys.p12").toString(),
                        "keystore.password", "felix-seal-secret"))
                .start()) {
            TimeStampSource source = felix.service(TimeStampSource.class);
            byte[] imprint = sm3("泸定县 签章值".getBytes(StandardCharsets.UTF_8));

            TimeStampToken first = new TimeStampToken(new CMSSignedData(source.timeStamp(imprint)));
            TimeStampToken second = new TimeStampToken(new CMSSignedData(source.timeStamp(imprint)));

            assertEquals(GMObjectIdentifiers.sm3, first.getTimeStampInfo().getMessageImprintAlgOID());
            assertArrayEquals(imprint, first.getTimeStampInfo().getMessageImprintDigest());
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> carried = first.getCertificates().getMatches(first.getSID());
            first.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(new BouncyCastleProvider())
                    .build(carried.iterator().next()));
            assertNotEquals(first.getTimeStampInfo().getSerialNumber(), second.getTimeStampInfo().getSerialNumber());
            BianminException wrongSize = org.junit.jupiter.api.Assertions.assertThrows(BianminException.class,
                    () -> source.timeStamp(new byte[20]));
            assertEquals(ErrorCode.INVALID_ARGUMENT, wrongSize.code());
        }
    }

    private static byte[] sm3(byte[] data) throws java.security.GeneralSecurityException {
        return java.security.MessageDigest.getInstance("SM3", new BouncyCastleProvider()).digest(data);
    }
}
