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
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * Reads trust anchors from files: PEM (one or more CERTIFICATE blocks, RFC 7468, through Bouncy
 * Castle's {@link PemReader}) or DER; a directory
 * contributes its {@code .pem}, {@code .crt}, {@code .cer} and {@code .der} files.
 */
public final class TrustFiles {
    private TrustFiles() {
    }

    /**
     * The certificates of every file or directory in {@code paths}; a failure names the path and its
     * {@code role} ("trust anchor", …).
     */
    public static List<byte[]> readAll(List<Path> paths, String role) throws IOException {
        List<byte[]> certificates = new ArrayList<>();
        for (Path path : paths) {
            try {
                certificates.addAll(read(path));
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot read " + role + " " + path + ": " + e.getMessage(), e);
            }
        }
        return certificates;
    }

    private static List<byte[]> read(Path path) throws IOException {
        List<byte[]> certificates = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (Files.isRegularFile(file) && (name.endsWith(".pem") || name.endsWith(".crt")
                            || name.endsWith(".cer") || name.endsWith(".der"))) {
                        certificates.addAll(readFile(file));
                    }
                }
            }
            return certificates;
        }
        return readFile(path);
    }

    private static List<byte[]> readFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<byte[]> found = new ArrayList<>();
        try (PemReader pem = new PemReader(new StringReader(new String(bytes, StandardCharsets.US_ASCII)))) {
            for (PemObject object = pem.readPemObject(); object != null; object = pem.readPemObject()) {
                if (object.getType().equals("CERTIFICATE")) {
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
                throw new IOException(file + " holds no PEM or DER certificate");
            }
        }
        return found;
    }
}
