package org.bianmin.seal.internal.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * Reads trust anchors and certificate revocation lists from files: PEM (one or more CERTIFICATE, or
 * X509 CRL, blocks, RFC 7468, through Bouncy Castle's {@link PemReader}) or DER; a directory
 * contributes its {@code .pem}, {@code .crt}, {@code .cer} and {@code .der} files (for lists,
 * {@code .pem}, {@code .crl} and {@code .der}).
 */
public final class TrustFiles {
    private TrustFiles() {
    }

    /** What the files hold: its PEM label (RFC 7468 §5, §6) and the file extensions a directory contributes. */
    private enum Kind {
        CERTIFICATE("CERTIFICATE", "certificate", List.of(".pem", ".crt", ".cer", ".der")),
        CRL("X509 CRL", "certificate revocation list", List.of(".pem", ".crl", ".der"));

        private final String pemType;
        private final String noun;
        private final List<String> extensions;

        Kind(String pemType, String noun, List<String> extensions) {
            this.pemType = pemType;
            this.noun = noun;
            this.extensions = extensions;
        }
    }

    /**
     * The certificates of every file or directory in {@code paths}; a failure names the path and its
     * {@code role} ("trust anchor", …).
     */
    public static List<byte[]> readAll(List<Path> paths, String role) throws IOException {
        return readAll(paths, role, Kind.CERTIFICATE);
    }

    /**
     * The certificate revocation lists (RFC 5280 §5) of every file or directory in {@code paths}, each
     * read as a CRL; a failure names the path.
     */
    public static List<byte[]> readRevocationLists(List<Path> paths) throws IOException {
        List<byte[]> lists = readAll(paths, "certificate revocation list", Kind.CRL);
        for (byte[] der : lists) {
            try {
                new X509CRLHolder(der);
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot read certificate revocation list: not an X.509 CRL ("
                        + e.getMessage() + ")", e);
            }
        }
        return lists;
    }

    private static List<byte[]> readAll(List<Path> paths, String role, Kind kind) throws IOException {
        List<byte[]> found = new ArrayList<>();
        for (Path path : paths) {
            try {
                found.addAll(read(path, kind));
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot read " + role + " " + path + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    private static List<byte[]> read(Path path, Kind kind) throws IOException {
        List<byte[]> found = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (Files.isRegularFile(file) && kind.extensions.stream().anyMatch(name::endsWith)) {
                        found.addAll(readFile(file, kind));
                    }
                }
            }
            return found;
        }
        return readFile(path, kind);
    }

    private static List<byte[]> readFile(Path file, Kind kind) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<byte[]> found = new ArrayList<>();
        try (PemReader pem = new PemReader(new StringReader(new String(bytes, StandardCharsets.US_ASCII)))) {
            for (PemObject object = pem.readPemObject(); object != null; object = pem.readPemObject()) {
                if (object.getType().equals(kind.pemType)) {
                    found.add(object.getContent());
                }
            }
        } catch (IOException | RuntimeException e) {
            found.clear(); // not PEM: perhaps DER
        }
        if (found.isEmpty()) {
            if (bytes.length > 0 && bytes[0] == 0x30) {
                found.add(bytes);
            } else {
                throw new IOException(file + " holds no PEM or DER " + kind.noun);
            }
        }
        return found;
    }
}
