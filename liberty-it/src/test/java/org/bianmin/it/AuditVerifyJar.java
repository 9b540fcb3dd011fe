package org.bianmin.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bianmin.audit.ConsistencyProof;

/** The auditor's {@code audit-verify.jar}, as built by audit-module, run in a process of its own as an auditor runs it. */
public final class AuditVerifyJar {
    private static final Path JAR = Path.of(System.getProperty("bianmin.audit.verify.jar",
            "target/audit-verify/audit-verify.jar"));

    private AuditVerifyJar() {
    }

    /** Its exit status and what it printed. */
    public record Result(int status, String output) {
    }

    /** Runs {@code java -jar audit-verify.jar args…}. */
    public static Result run(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is missing: build audit-module first");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the verifier did not finish");
        return new Result(process.exitValue(), output);
    }

    /** Writes the audit key {@code publicKey} (DER SubjectPublicKeyInfo) as the PEM file {@code --key} reads. */
    public static Path writePublicKey(Path file, byte[] publicKey) throws IOException {
        return Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(publicKey) + "\n-----END PUBLIC KEY-----\n");
    }

    /** Writes {@code proof} as the JSON file {@code --proof} reads. */
    public static Path writeConsistencyProof(Path file, ConsistencyProof proof) throws IOException {
        return Files.writeString(file, "{\"consistencyProof\":{\"fromSize\":" + proof.fromSize() + ",\"path\":"
                + hashes(proof.path()) + ",\"toSize\":" + proof.toSize() + "}}");
    }

    /** A proof's path as a JSON array of base64 hashes. */
    public static String hashes(List<byte[]> path) {
        return path.stream().map(hash -> "\"" + Base64.getEncoder().encodeToString(hash) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
