package org.bianmin.seal.internal.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.seal.CertificateDetails;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.VerificationReport;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * Writes the certificates that verified reports name — each signature's signer certificate and its
 * seal maker's — as PEM files (RFC 7468 §5), so that an auditor can inspect them and then decide to
 * trust them with {@code --trust}. Files are named by role and the start of the SM3 fingerprint;
 * a certificate met twice is written once.
 */
final class CertificateExport {
    private CertificateExport() {
    }

    /**
     * Writes into {@code dir} (created when missing).
     *
     * @return each file written, with the subject of its certificate
     */
    static Map<Path, String> write(List<VerificationReport> reports, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Path, String> written = new LinkedHashMap<>();
        for (VerificationReport report : reports) {
            for (SignatureReport signature : report.signatures()) {
                write(signature.signerCertificate(), "signer", dir, written);
                write(signature.seal() == null ? null : signature.seal().maker(), "maker", dir, written);
            }
        }
        return written;
    }

    private static void write(CertificateDetails certificate, String role, Path dir, Map<Path, String> written)
            throws IOException {
        if (certificate == null || certificate.encoded().length == 0) {
            return;
        }
        Path file = dir.resolve(role + "-" + certificate.sm3().substring(0, 16) + ".pem");
        if (written.containsKey(file)) {
            return;
        }
        StringWriter pem = new StringWriter();
        try (PemWriter out = new PemWriter(pem)) {
            out.writeObject(new PemObject("CERTIFICATE", certificate.encoded()));
        }
        Files.writeString(file, pem.toString(), StandardCharsets.US_ASCII);
        written.put(file, certificate.subject());
    }
}
