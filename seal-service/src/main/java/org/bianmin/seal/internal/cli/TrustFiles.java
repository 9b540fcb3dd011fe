package org.bianmin.seal.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads trust anchors from files: PEM (one or more CERTIFICATE blocks) or DER; a directory
 * contributes its {@code .pem}, {@code .crt}, {@code .cer} and {@code .der} files.
 */
final class TrustFiles {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

    private TrustFiles() {
    }

    static List<byte[]> read(Path path) throws IOException {
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
        String text = new String(bytes, StandardCharsets.US_ASCII);
        List<byte[]> found = new ArrayList<>();
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            found.add(Base64.getMimeDecoder().decode(m.group(1)));
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
