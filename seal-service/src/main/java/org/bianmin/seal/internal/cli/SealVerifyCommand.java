package org.bianmin.seal.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bianmin.core.BianminException;
import org.bianmin.seal.Indication;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.ValidationPolicy;
import org.bianmin.seal.VerificationReport;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.report.HtmlReport;
import org.bianmin.seal.internal.report.JsonReport;
import org.bianmin.seal.internal.report.TextReport;
import org.bianmin.seal.internal.verify.DefaultSealVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seal-verify}: the auditors' command line. Verifies OFD documents, detached GB/T 38540 /
 * GM/T 0031 signatures (with {@code --document}) and standalone seals, and prints a report.
 * Exit status: 0 every signature TOTAL_PASSED, 1 any TOTAL_FAILED, 2 otherwise (INDETERMINATE,
 * or no signature found), 64 usage error, 66 unreadable input.
 */
@Command(name = "seal-verify", mixinStandardHelpOptions = true, version = "seal-verify 1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Verifies electronic seals and signatures (GB/T 38540-2020, GM/T 0031-2014,",
            "GB/T 35275) in OFD documents (GB/T 33190), detached signatures and standalone",
            "seals (.esl), and reports every check with an ETSI EN 319 102-1 indication:",
            "TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every signature is TOTAL_PASSED",
            "1:a signature is TOTAL_FAILED",
            "2:otherwise (INDETERMINATE, or no signature found)",
            "64:usage error",
            "66:an input cannot be read"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  Verify an OFD invoice (certificates not trusted: INDETERMINATE, exit 2):",
            "    java -jar seal-verify.jar invoice.ofd",
            "  Verify a detached signature of a document against the county CA:",
            "    java -jar seal-verify.jar approval.ses --document approval.pdf \\",
            "        --trust county-ca.pem",
            "  Write the signer and maker certificates of an OFD into certs/ to inspect them:",
            "    java -jar seal-verify.jar invoice.ofd --extract-certificates certs",
            "  Trust a directory of certificates, validate at a past instant, HTML report:",
            "    java -jar seal-verify.jar 1.ofd --trust certs/ --at 2020-08-01T00:00:00Z \\",
            "        --format html --out report.html",
            "  Look the certificates up in the county CA's revocation list, which must be at hand:",
            "    java -jar seal-verify.jar approval.ses --document approval.pdf \\",
            "        --trust county-ca.pem --crl county.crl --require-revocation",
            "  Check a standalone seal, JSON report:",
            "    java -jar seal-verify.jar seal.esl --format json"})
public final class SealVerifyCommand implements Callable<Integer> {
    static final int EXIT_PASSED = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_INDETERMINATE = 2;
    static final int EXIT_USAGE = CommandLines.EXIT_USAGE;
    static final int EXIT_UNREADABLE = 66;

    /** Report formats. */
    enum Format { json, html, text }

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "An OFD document, a detached signature (DER SES_Signature; needs --document) or a seal (.esl).")
    List<Path> files;

    @Option(names = "--document", paramLabel = "DOC",
            description = "The document that detached signatures among FILE cover (read as a stream).")
    Path document;

    @Option(names = "--trust", paramLabel = "PEM_FILE_OR_DIR",
            description = "A trust anchor: a PEM (or DER) certificate file, or a directory of .pem/.crt/.cer/.der "
                    + "files. Repeatable. Without it, chains are INDETERMINATE.")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--seal-maker", paramLabel = "PEM_FILE_OR_DIR",
            description = "A certificate allowed to make seals (a file, or a directory as for --trust). Repeatable. "
                    + "With it (or --seal-maker-purpose), a seal made by any other certificate fails SEAL_MAKER_CHAIN.")
    List<Path> sealMakers = new ArrayList<>();

    @Option(names = "--seal-maker-purpose", paramLabel = "OID",
            description = "An extended key usage or certificate policy OID that marks certificates allowed to make "
                    + "seals. Repeatable.")
    List<String> sealMakerPurposes = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "PEM_FILE_OR_DIR",
            description = "A certificate revocation list (RFC 5280; PEM or DER), or a directory of .pem/.crl/.der "
                    + "files. Repeatable. The signer and seal maker certificates are looked up in the lists of "
                    + "their issuers (SIGNER_REVOCATION, SEAL_MAKER_REVOCATION).")
    List<Path> revocationLists = new ArrayList<>();

    @Option(names = "--require-revocation",
            description = "Without a current CRL of a certificate's issuer, the revocation check is INDETERMINATE "
                    + "(default: not applicable).")
    boolean revocationRequired;

    @Option(names = "--fetch-crl",
            description = "Also fetch the CRL each certificate names as its distribution point (HTTP, 3 s timeout).")
    boolean revocationListsFetched;

    @Option(names = "--accept-stale-crl",
            description = "Use a CRL past its nextUpdate instead of answering INDETERMINATE (TRY_LATER).")
    boolean staleRevocationListsAccepted;

    @Option(names = "--evidence-record", paramLabel = "DER_FILE",
            description = "An RFC 4998 evidence record of a signature (DER, as the registry hands it out): a proof "
                    + "of existence that outlasts the signature's own time-stamp (EVIDENCE_RECORD). Repeatable.")
    List<Path> evidenceRecords = new ArrayList<>();

    @Option(names = "--at", paramLabel = "ISO-8601-INSTANT",
            description = "Validate at this instant, e.g. 2020-08-01T00:00:00Z (default: now).")
    String at;

    @Option(names = "--format", paramLabel = "json|html|text", defaultValue = "text",
            description = "Report format: json (machines), html (people; Chinese and English), text (default).")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--extract-certificates", paramLabel = "DIR",
            description = "Also write each signature's signer and seal maker certificates into DIR as PEM "
                    + "(signer-…pem, maker-…pem), to inspect before trusting them with --trust.")
    Path extractCertificates;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public SealVerifyCommand() {
        this(System.out, System.err);
    }

    SealVerifyCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        return CommandLines.execute(new SealVerifyCommand(stdout, stderr), "seal-verify", args, stdout, stderr,
                e -> EXIT_UNREADABLE);
    }

    @Override
    public Integer call() {
        ValidationPolicy policy = ValidationPolicy.defaults();
        if (at != null) {
            try {
                policy = policy.withValidationTime(Instant.parse(at));
            } catch (DateTimeParseException e) {
                stderr.println("seal-verify: --at '" + at + "' is not an ISO-8601 instant such as 2020-08-01T00:00:00Z");
                return EXIT_USAGE;
            }
        }
        try {
            policy = policy.withTrustAnchors(TrustFiles.readAll(trust, "trust anchor"))
                    .withSealMakers(TrustFiles.readAll(sealMakers, "seal maker certificate"))
                    .withRevocationLists(TrustFiles.readRevocationLists(revocationLists))
                    .withRevocationRequired(revocationRequired)
                    .withStaleRevocationListsAccepted(staleRevocationListsAccepted)
                    .withRevocationListsFetched(revocationListsFetched)
                    .withEvidenceRecords(readAll(evidenceRecords, "evidence record"));
        } catch (IOException e) {
            stderr.println("seal-verify: " + e.getMessage());
            return EXIT_UNREADABLE;
        }
        for (String oid : sealMakerPurposes) {
            try {
                policy = policy.withSealMakerPurpose(oid);
            } catch (BianminException e) {
                stderr.println("seal-verify: --seal-maker-purpose: " + e.getMessage());
                return EXIT_USAGE;
            }
        }
        if (document != null && !Files.isReadable(document)) {
            stderr.println("seal-verify: cannot read the document " + document);
            return EXIT_UNREADABLE;
        }
        DefaultSealVerifier verifier = DefaultSealVerifier.standalone();
        List<VerificationReport> reports = new ArrayList<>();
        for (Path file : files) {
            try {
                if (document == null && looksLikeDetachedSignature(file)) {
                    stderr.println("seal-verify: " + file + " is a detached signature: give the signed document "
                            + "with --document DOC");
                    return EXIT_USAGE;
                }
                reports.add(verify(verifier, file, policy).withSource(file.toString()));
            } catch (IOException | RuntimeException e) {
                stderr.println("seal-verify: cannot read " + file + ": " + e.getMessage());
                return EXIT_UNREADABLE;
            }
        }
        if (extractCertificates != null) {
            try {
                CertificateExport.write(reports, extractCertificates)
                        .forEach((file, subject) -> stderr.println("seal-verify: wrote " + file + " (" + subject + ")"));
            } catch (IOException e) {
                stderr.println("seal-verify: cannot write certificates into " + extractCertificates + ": "
                        + e.getMessage());
                return EXIT_UNREADABLE;
            }
        }
        String rendered = switch (format) {
            case json -> JsonReport.toJson(reports) + "\n";
            case html -> HtmlReport.bilingual(reports);
            case text -> TextReport.render(reports, Locale.ENGLISH);
        };
        try {
            if (out == null) {
                stdout.print(rendered);
                stdout.flush();
            } else {
                Files.writeString(out, rendered, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            stderr.println("seal-verify: cannot write " + out + ": " + e.getMessage());
            return EXIT_UNREADABLE;
        }
        return exitStatus(reports);
    }

    private VerificationReport verify(DefaultSealVerifier verifier, Path file, ValidationPolicy policy)
            throws IOException {
        if (isZip(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return verifier.verifyOfd(in, policy);
            }
        }
        byte[] bytes = readBounded(file);
        boolean seal = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".esl") || document == null;
        if (seal) {
            return verifier.verifySeal(bytes, policy);
        }
        try (InputStream doc = Files.newInputStream(document)) {
            return verifier.verifyDetached(bytes, doc, policy);
        }
    }

    /** Not an OFD, not named .esl, and it reads as an SES_Signature rather than a seal. */
    private static boolean looksLikeDetachedSignature(Path file) throws IOException {
        if (isZip(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".esl")) {
            return false;
        }
        byte[] bytes = readBounded(file);
        try {
            SealFormatReader.readSeal(bytes);
            return false;
        } catch (BianminException notASeal) {
            try {
                SealFormatReader.readSignature(bytes);
                return true;
            } catch (BianminException notASignature) {
                return false;
            }
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        }
    }

    private static byte[] readBounded(Path file) throws IOException {
        long size = Files.size(file);
        if (size > 64L << 20) {
            throw new IOException("larger than 64 MiB: not a seal or signature");
        }
        return Files.readAllBytes(file);
    }

    static int exitStatus(List<VerificationReport> reports) {
        boolean any = false;
        boolean indeterminate = false;
        for (VerificationReport report : reports) {
            if (report.signatures().isEmpty()) {
                indeterminate = true;
            }
            for (SignatureReport s : report.signatures()) {
                any = true;
                if (s.indication() == Indication.TOTAL_FAILED) {
                    return EXIT_FAILED;
                }
                if (s.indication() == Indication.INDETERMINATE) {
                    indeterminate = true;
                }
            }
        }
        return any && !indeterminate ? EXIT_PASSED : EXIT_INDETERMINATE;
    }

    /** For tests: an output stream that discards. */
    static PrintStream nowhere() {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** The bytes of each file; a failure names the file and what it was to hold. */
    private static List<byte[]> readAll(List<Path> files, String role) throws IOException {
        List<byte[]> all = new ArrayList<>();
        for (Path file : files) {
            try {
                all.add(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new IOException("cannot read " + role + " " + file + ": " + e.getMessage(), e);
            }
        }
        return all;
    }
}
