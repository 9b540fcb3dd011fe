package org.bianmin.seal.internal.tsa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external TSA's certificate is read from the configured file, PEM or DER. */
class TsaCertificateFileTest {
    @TempDir
    Path directory;

    private final byte[] certificate = new TsaFixture().certificate;

    @Test
    void readsPemAndDer() throws Exception {
        Path der = Files.write(directory.resolve("tsa.der"), certificate);
        String text = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate) + "\n-----END CERTIFICATE-----\n";
        Path pem = Files.writeString(directory.resolve("tsa.pem"), text);
        assertArrayEquals(certificate, HttpTimeStampSource.readCertificate(der));
        assertArrayEquals(certificate, HttpTimeStampSource.readCertificate(pem));
    }

    @Test
    void aMissingFileIsAConfigurationError() {
        BianminException e = assertThrows(BianminException.class,
                () -> HttpTimeStampSource.readCertificate(directory.resolve("absent.pem")));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    }
}
