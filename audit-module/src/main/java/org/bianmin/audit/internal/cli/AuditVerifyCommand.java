package org.bianmin.audit.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bianmin.audit.Checkpoint;
import org.bianmin.audit.internal.json.CanonicalJson;
import org.bianmin.audit.internal.json.JsonFormatException;
import org.bianmin.audit.internal.log.CheckpointCodec;
import org.bianmin.audit.internal.log.ProofCodec;
import org.bianmin.audit.internal.log.ProofCodec.OfflineClaim;
import org.bianmin.audit.internal.note.NoteFormatException;
import org.bianmin.audit.internal.note.NoteVerifier;
import org.bianmin.audit.internal.note.Sm2NoteVerifier;
import org.bianmin.audit.internal.note.VerifierKeys;
import org.bianmin.audit.internal.verify.AuditVerifier;
import org.bianmin.audit.internal.verify.NoteCheck;
import org.bianmin.audit.internal.verify.AuditCheckResult;
import org.bianmin.audit.internal.verify.Reason;
import org.bianmin.audit.internal.verify.Sm2Verification;
import org.bianmin.audit.internal.verify.TimeStampCheck;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bianmin.audit.internal.verify.AuditVerificationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar audit-verify.jar}: the auditor's offline verifier of an exported audit log
 * (审计日志离线验证). Exit status 0 when every check passed, 1 when one failed, 64 on a usage error
 * and 66 when an input file cannot be read.
 */
@Command(name = "audit-verify", mixinStandardHelpOptions = true, version = "audit-verify 1.0",
        exitCodeOnInvalidInput = AuditVerifyCommand.USAGE, exitCodeOnExecutionException = AuditVerifyCommand.FAILED,
        description = {
            "Verifies an exported Bianmin audit log offline: replays its entries",
            "into the SM3 Merkle tree (RFC 9162), recomputes the root of every",
            "checkpoint, checks the checkpoints' SM2 signatures with the county",
            "audit key, and checks inclusion and consistency proofs. An offline",
            "proof of one entry is checked alone, without an export, and so is",
            "a checkpoint note with its witnesses' cosignatures. Nothing passes",
            "without --key (or --log-key for notes): the county's published key.",
            "An offline proof's checkpoint time-stamp (RFC 3161) is checked",
            "against --tsa-cert, the trusted TSA certificate or its CA's."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  java -jar audit-verify.jar audit-2026-11.jsonl --key county-audit-key.pem \\",
            "      --checkpoint published-checkpoint.json --proof consistency-4-9.proof.json",
            "  java -jar audit-verify.jar --key county-audit-key.pem --proof entry-1234.proof.json",
            "  java -jar audit-verify.jar --key county-audit-key.pem --proof entry-1234.proof.json \\",
            "      --tsa-cert county-tsa.pem --require-timestamp",
            "  java -jar audit-verify.jar --note checkpoint-9.note --log-key 'luding.gov.cn/bianmin/audit+…' \\",
            "      --witness-key 'ganzi.gov.cn/bianmin/witness+…' --witness-quorum 1",
            "",
            "Exit status: 0 every check passed, 1 a check failed,",
            "             64 usage error, 66 a file cannot be read."})
public final class AuditVerifyCommand implements Callable<Integer> {
    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int USAGE = 64;
    static final int UNREADABLE = 66;

    /** Output formats. */
    enum Format { text, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPORT",
            description = "the exported log (bianmin-audit-log/1 JSON lines); not needed for offline proofs alone")
    private Path export;

    @Option(names = "--key", paramLabel = "PEM",
            description = "the county audit public key (PEM \"PUBLIC KEY\") to trust; without it no verdict passes")
    private Path key;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "a checkpoint obtained elsewhere (JSON), checked against the log; repeatable")
    private List<Path> checkpoints = new ArrayList<>();

    @Option(names = "--proof", paramLabel = "FILE",
            description = "an inclusion or consistency proof (JSON), checked against the checkpoints, or an"
                    + " offline proof of one entry, checked alone; repeatable")
    private List<Path> proofs = new ArrayList<>();

    @Option(names = "--note", paramLabel = "FILE",
            description = "a checkpoint note (C2SP signed note), checked alone with --log-key and --witness-key;"
                    + " repeatable")
    private List<Path> notes = new ArrayList<>();

    @Option(names = "--log-key", paramLabel = "VKEY",
            description = "a verifier key of the log's note signatures (<origin>+<key ID>+<base64 key>) to trust;"
                    + " repeatable")
    private List<String> logKeys = new ArrayList<>();

    @Option(names = "--witness-key", paramLabel = "VKEY",
            description = "a witness's cosignature verifier key (type 0x04) to trust; repeatable")
    private List<String> witnessKeys = new ArrayList<>();

    @Option(names = "--witness-quorum", paramLabel = "N", defaultValue = "0",
            description = "how many distinct trusted witnesses must have cosigned each note (default: ${DEFAULT-VALUE})")
    private int quorum;

    @Option(names = "--tsa-cert", paramLabel = "PEM",
            description = "a time-stamp authority's certificate, or its CA's, to trust (PEM); offline proofs'"
                    + " checkpoint time-stamps are checked against these; repeatable")
    private List<Path> tsaCertificates = new ArrayList<>();

    @Option(names = "--require-timestamp",
            description = "fail an offline proof whose checkpoint carries no time-stamp (needs --tsa-cert)")
    private boolean requireTimeStamp;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Format format = Format.text;

    private PrintWriter out;
    private PrintWriter err;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        AuditVerifyCommand command = new AuditVerifyCommand();
        command.out = out;
        command.err = err;
        CommandLine line = new CommandLine(command).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            err.println("audit-verify: " + failure);
            return FAILED;
        });
        int status = line.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        List<AuditCheckResult> inputProblems = new ArrayList<>();
        byte[] trustedKey = null;
        try {
            if (key != null) {
                trustedKey = Sm2Verification.fromPem(text(key));
            }
            List<Checkpoint> more = new ArrayList<>();
            for (Path file : checkpoints) {
                try {
                    more.add(readCheckpoint(text(file)));
                } catch (JsonFormatException e) {
                    inputProblems.add(AuditCheckResult.failed("checkpoint-file[" + file.getFileName() + "]",
                            Reason.EXPORT_MALFORMED, e.getMessage()));
                }
            }
            List<Object> claims = new ArrayList<>();
            List<OfflineClaim> offline = new ArrayList<>();
            for (Path file : proofs) {
                try {
                    Object claim = ProofCodec.read(text(file));
                    if (claim instanceof OfflineClaim alone) {
                        offline.add(alone);
                    } else {
                        claims.add(claim);
                    }
                } catch (JsonFormatException e) {
                    inputProblems.add(AuditCheckResult.failed("proof-file[" + file.getFileName() + "]",
                            Reason.PROOF_UNREADABLE, e.getMessage()));
                }
            }
            if (export == null && (offline.isEmpty() && notes.isEmpty() || !claims.isEmpty() || !more.isEmpty())) {
                err.println("audit-verify: give the EXPORT to check, or only offline proofs (--proof) or checkpoint"
                        + " notes (--note) to check alone (--help shows examples)");
                return USAGE;
            }
            NoteCheck noteCheck;
            try {
                noteCheck = new NoteCheck(logKeys.stream().map(VerifierKeys::parse).toList(),
                        witnessKeys.stream().map(VerifierKeys::parse).toList(), quorum);
            } catch (NoteFormatException e) {
                err.println("audit-verify: " + e.getMessage());
                return USAGE;
            }
            if (quorum < 0 || quorum > witnessKeys.size()) {
                err.println("audit-verify: --witness-quorum must lie between 0 and the " + witnessKeys.size()
                        + " --witness-key(s) given");
                return USAGE;
            }
            if (requireTimeStamp && tsaCertificates.isEmpty()) {
                err.println("audit-verify: --require-timestamp needs --tsa-cert, the TSA certificate to trust");
                return USAGE;
            }
            TimeStampCheck stamps;
            try {
                stamps = new TimeStampCheck(certificates(tsaCertificates), requireTimeStamp);
            } catch (IllegalArgumentException e) {
                err.println("audit-verify: --tsa-cert: " + e.getMessage());
                return USAGE;
            }
            AuditVerifier verifier = new AuditVerifier(trustedKey);
            List<AuditCheckResult> results = new ArrayList<>(inputProblems);
            if (export != null) {
                try (InputStream in = Files.newInputStream(export)) {
                    results.addAll(verifier.verifyExport(in, more, claims).results());
                } catch (IOException e) {
                    throw new Unreadable(export, e);
                }
            }
            for (OfflineClaim claim : offline) {
                results.addAll(verifier.verifyOfflineProof(claim).results());
                if (!tsaCertificates.isEmpty()) {
                    results.addAll(stamps.check(claim));
                }
                if (quorum > 0 || !witnessKeys.isEmpty()) {
                    results.addAll(offlineNoteCheck(trustedKey, claim).checkFor(claim.checkpoint(), claim.checkpointNote()));
                }
            }
            for (Path note : notes) {
                results.addAll(noteCheck.check(text(note)));
            }
            print(new AuditVerificationReport(results));
            return results.stream().allMatch(AuditCheckResult::passed) ? PASSED : FAILED;
        } catch (Unreadable e) {
            err.println("audit-verify: cannot read " + e.getMessage());
            return UNREADABLE;
        } catch (IllegalArgumentException e) {
            err.println("audit-verify: " + key + ": " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * The note check of an offline proof: the log keys given, or else the trusted SM2 key (--key)
     * under the origin the note names, and the witness keys and quorum given.
     */
    private NoteCheck offlineNoteCheck(byte[] trustedKey, OfflineClaim claim) {
        List<NoteVerifier> logs = new ArrayList<>(logKeys.stream().map(VerifierKeys::parse).toList());
        if (logs.isEmpty() && trustedKey != null && claim.checkpointNote() != null) {
            try {
                String origin = claim.checkpointNote().substring(0, claim.checkpointNote().indexOf('\n'));
                logs.add(new Sm2NoteVerifier(origin, trustedKey));
            } catch (RuntimeException e) {
                // no usable origin: the note check reports the malformed note
            }
        }
        return new NoteCheck(logs, witnessKeys.stream().map(VerifierKeys::parse).toList(), quorum);
    }

    /** A file that cannot be read: its path and why. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(Path file, IOException cause) {
            super(file + ": " + reason(cause), cause);
        }

        private static String reason(IOException cause) {
            if (cause instanceof java.nio.file.NoSuchFileException) {
                return "no such file";
            }
            if (cause instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                return "not UTF-8 text";
            }
            return cause.getMessage();
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unreadable(file, e);
        }
    }

    /** The certificates of PEM files, each holding one or more {@code CERTIFICATE} blocks. */
    private static List<X509CertificateHolder> certificates(List<Path> files) {
        List<X509CertificateHolder> certificates = new ArrayList<>();
        for (Path file : files) {
            int before = certificates.size();
            try (PEMParser parser = new PEMParser(new StringReader(text(file)))) {
                for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                    if (object instanceof X509CertificateHolder certificate) {
                        certificates.add(certificate);
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(file + " is not a PEM file: " + e.getMessage(), e);
            }
            if (certificates.size() == before) {
                throw new IllegalArgumentException(file + " holds no PEM CERTIFICATE");
            }
        }
        return certificates;
    }

    private static Checkpoint readCheckpoint(String text) {
        Map<String, Object> json = CanonicalJson.parseObject(text.strip());
        return CheckpointCodec.fromJson(json.size() == 1 && json.containsKey("checkpoint") ? json.get("checkpoint") : json);
    }

    private void print(AuditVerificationReport report) {
        if (format == Format.json) {
            List<Object> checks = new ArrayList<>();
            for (AuditCheckResult result : report.results()) {
                Map<String, Object> check = new LinkedHashMap<>();
                check.put("check", result.check());
                check.put("indication", result.indication().name());
                if (result.reason() != null) {
                    check.put("reason", result.reason().name());
                }
                check.put("detail", result.detail());
                checks.add(check);
            }
            out.println(CanonicalJson.write(Map.of("checks", checks,
                    "verdict", report.passed() ? "PASSED" : "FAILED")));
            return;
        }
        int width = report.results().stream().mapToInt(result -> result.check().length()).max().orElse(10);
        for (AuditCheckResult result : report.results()) {
            out.printf("%-6s  %-" + width + "s  %s%n", result.indication(), result.check(),
                    result.passed() ? result.detail()
                            : result.reason() + ": " + result.reason().meaning() + " — " + result.detail());
        }
        long failed = report.failures().size();
        out.println(failed == 0 ? "Verdict: PASSED (" + report.results().size() + " checks)"
                : "Verdict: FAILED (" + failed + " of " + report.results().size() + " checks failed)");
    }
}
