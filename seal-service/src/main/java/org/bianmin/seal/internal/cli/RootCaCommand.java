package org.bianmin.seal.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.bianmin.core.BianminException;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.internal.keys.CaCertificates;
import org.bianmin.seal.internal.keys.CertificateIssuer;
import org.bianmin.seal.internal.keys.IssuingCaRequest;
import org.bianmin.seal.internal.keys.Pkcs12SealKeyStore;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code root-ca}: the county root CA ceremony (根证书仪式). The root's private key is made and kept
 * on an offline machine ({@code init}) and signs, once every few years, the certificate of the online
 * issuing CA ({@code issue}) whose key the registry holds; on the server, with the registry stopped,
 * {@code request} makes the issuing key and its request and {@code install} puts the signed certificate
 * beside it, after checking it against the root (the safe-by-default rule that the seal maker's root CA
 * key is not an online key). Exit status: 0 done, 64 usage error, 65 refused (the message says why),
 * 66 a file cannot be read or written.
 */
@Command(name = "root-ca", mixinStandardHelpOptions = true, version = "root-ca 1.0", usageHelpAutoWidth = true,
        description = {
            "The county root CA ceremony: an offline root key, an online issuing CA under it.", ""},
        subcommands = {RootCaCommand.Init.class, RootCaCommand.Request.class, RootCaCommand.Issue.class,
            RootCaCommand.Install.class},
        footerHeading = "%nThe ceremony (seal-service README, \"The root CA ceremony\"):%n",
        footer = {
            "  offline:  root-ca init --name NAME --keystore root-ca.p12 --certificate root.pem",
            "  server:   root-ca request --name NAME --keystore seal-keys.p12 --out issuing.csr",
            "  offline:  root-ca issue --keystore root-ca.p12 --root root.pem --request issuing.csr \\",
            "                --out issuing.pem",
            "  server:   root-ca install --keystore seal-keys.p12 --root root.pem --certificate issuing.pem",
            "  then configure root.certificate=root.pem for PID org.bianmin.seal.maker and start the server."})
public final class RootCaCommand implements Callable<Integer> {
    static final int EXIT_DONE = 0;
    static final int EXIT_USAGE = CommandLines.EXIT_USAGE;
    static final int EXIT_REFUSED = 65;
    static final int EXIT_UNREADABLE = 66;

    /** The alias of the root key in the offline PKCS #12 file. */
    static final String ROOT_KEY_ALIAS = SoftwareSealMakerAuthority.ROOT_ALIAS;

    private final TimeSource clock;
    private final PrintStream stdout;

    RootCaCommand(TimeSource clock, PrintStream stdout) {
        this.clock = clock;
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(stdout);
        return EXIT_USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args, TimeSource.system(), System.out, System.err));
    }

    /** Runs the command at the time {@code clock} tells; returns the exit status. */
    static int run(String[] args, TimeSource clock, PrintStream stdout, PrintStream stderr) {
        return CommandLines.execute(new RootCaCommand(clock, stdout), "root-ca", args, stdout, stderr,
                e -> e instanceof BianminException ? EXIT_REFUSED : EXIT_UNREADABLE);
    }

    /** The options every step that opens a PKCS #12 key store has. */
    abstract static class KeyStoreStep implements Callable<Integer> {
        @ParentCommand
        RootCaCommand parent;

        @Option(names = "--password", interactive = true, arity = "0..1", required = true,
                description = "The key store's password; asked for when given without a value.")
        char[] password;

        Pkcs12SealKeyStore open(Path keyStore) {
            return new Pkcs12SealKeyStore(keyStore, password);
        }

        Instant now() {
            return parent.clock.now().truncatedTo(ChronoUnit.SECONDS);
        }

        /**
         * Prints what the step wrote and the SM3 fingerprint of the key concerned, which people compare
         * between the offline machine and the server; the exit status.
         */
        Integer done(String written, String key, byte[] publicKey, String comment) {
            parent.stdout.println(written);
            parent.stdout.println(key + " fingerprint (SM3): " + fingerprint(publicKey) + comment);
            return EXIT_DONE;
        }
    }

    /** A step on the server, in the registry's key store, about its issuing CA key. */
    abstract static class ServerStep extends KeyStoreStep {
        static final String ALIAS = SoftwareSealMakerAuthority.ISSUING_ALIAS;

        @Option(names = "--keystore", required = true, description = "The registry's seal key store (keystore.path).")
        Path keyStore;

        Pkcs12SealKeyStore open() {
            return open(keyStore);
        }
    }

    /** The root certificate that 'init' wrote, which the later steps check against. */
    static final class RootCertificate {
        @Option(names = "--root", required = true, description = "The root certificate ('init').")
        Path file;

        byte[] read() throws IOException {
            return readCertificate(file);
        }
    }

    /** Makes the root key and the root certificate, on the offline machine. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Offline: make the root key (in a new PKCS #12 file) and write the root certificate.")
    static final class Init extends KeyStoreStep {
        @Option(names = "--name", required = true, description = "The seal maker's name, e.g. 泸定县电子印章制作中心.")
        String name;

        @Option(names = "--keystore", required = true, description = "The new PKCS #12 file for the root key.")
        Path keyStore;

        @Option(names = "--certificate", required = true, description = "Where to write the root certificate (PEM).")
        Path certificate;

        @Option(names = "--years", defaultValue = "20", description = "Validity of the root (default ${DEFAULT-VALUE}).")
        int years;

        @Override
        public Integer call() throws IOException {
            if (Files.exists(keyStore)) {
                throw BianminException.invalid(keyStore + " exists: a root is made once; keep that one, or move it"
                        + " away first");
            }
            if (years < 1 || years > 30) {
                throw BianminException.invalid("--years is " + years + "; a root stands 1 to 30 years");
            }
            Pkcs12SealKeyStore keys = open(keyStore);
            byte[] publicKey = keys.generate(ROOT_KEY_ALIAS);
            Instant now = now();
            byte[] root = new CertificateIssuer(keys, ROOT_KEY_ALIAS, null).issue(
                    SoftwareSealMakerAuthority.rootName(name), publicKey, now.minus(Duration.ofHours(1)),
                    now.plus(Duration.ofDays(years * 366L)), CertificateIssuer.Profile.ROOT_CA, null);
            keys.storeCertificate(ROOT_KEY_ALIAS, root);
            writePem(certificate, "CERTIFICATE", root);
            return done("root key in " + keyStore + ", root certificate in " + certificate, "root key", publicKey, "");
        }
    }

    /** Makes the issuing CA key in the registry's key store and writes its request, on the server. */
    @Command(name = "request", mixinStandardHelpOptions = true,
            description = "Server (registry stopped): make the issuing CA key and write its request (PKCS #10).")
    static final class Request extends ServerStep {
        @Option(names = "--name", required = true, description = "The seal maker's name, as configured.")
        String name;

        @Option(names = "--out", required = true, description = "Where to write the request (PEM).")
        Path out;

        @Override
        public Integer call() throws IOException {
            Pkcs12SealKeyStore keys = open();
            byte[] publicKey = keys.contains(ALIAS) ? keys.publicKey(ALIAS) : keys.generate(ALIAS);
            writePem(out, "CERTIFICATE REQUEST",
                    IssuingCaRequest.create(keys, ALIAS, SoftwareSealMakerAuthority.issuingName(name)));
            return done("request for the issuing CA key in " + out, "issuing key", publicKey, "");
        }
    }

    /** Signs the issuing CA's certificate with the root key, on the offline machine. */
    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Offline: sign the issuing CA certificate for a request with the root key.")
    static final class Issue extends KeyStoreStep {
        @Option(names = "--keystore", required = true, description = "The root's PKCS #12 file ('init').")
        Path keyStore;

        @Mixin
        RootCertificate root;

        @Option(names = "--request", required = true, description = "The request the server wrote ('request').")
        Path request;

        @Option(names = "--out", required = true, description = "Where to write the issuing CA certificate (PEM).")
        Path out;

        @Option(names = "--years", defaultValue = "5",
                description = "Validity of the issuing CA, within the root's (default ${DEFAULT-VALUE}).")
        int years;

        @Override
        public Integer call() throws IOException {
            if (years < 1 || years > 20) {
                throw BianminException.invalid("--years is " + years + "; an issuing CA stands 1 to 20 years");
            }
            byte[] rootDer = root.read();
            X509CertificateHolder rootHolder = CaCertificates.root(rootDer);
            Pkcs12SealKeyStore keys = open(keyStore);
            if (!keys.contains(ROOT_KEY_ALIAS) || !java.util.Arrays.equals(keys.publicKey(ROOT_KEY_ALIAS),
                    rootHolder.getSubjectPublicKeyInfo().getEncoded())) {
                throw BianminException.invalid(keyStore + " does not hold the key of the root " + root.file);
            }
            IssuingCaRequest issuing = IssuingCaRequest.read(readPem(request, "CERTIFICATE REQUEST"));
            Instant now = now();
            Instant notAfter = now.plus(Duration.ofDays(years * 366L));
            Instant rootEnd = rootHolder.getNotAfter().toInstant();
            byte[] certificate = new CertificateIssuer(keys, ROOT_KEY_ALIAS, rootDer).issue(issuing.subject(),
                    issuing.publicKey(), now.minus(Duration.ofHours(1)), notAfter.isAfter(rootEnd) ? rootEnd : notAfter,
                    CertificateIssuer.Profile.ISSUING_CA, null);
            writePem(out, "CERTIFICATE", certificate);
            return done("issuing CA certificate for " + issuing.subject() + " in " + out, "issuing key",
                    issuing.publicKey(), " (compare with what 'request' printed)");
        }
    }

    /** Checks the signed issuing CA certificate and stores it with its key, on the server. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Server (registry stopped): check the issuing CA certificate and store it with its key.")
    static final class Install extends ServerStep {
        @Mixin
        RootCertificate root;

        @Option(names = "--certificate", required = true, description = "The issuing CA certificate ('issue').")
        Path certificate;

        @Override
        public Integer call() throws IOException {
            byte[] issuing = readCertificate(certificate);
            Pkcs12SealKeyStore keys = open();
            if (!keys.contains(ALIAS)) {
                throw BianminException.invalid(keyStore + " holds no issuing CA key: run 'root-ca request' against it");
            }
            CaCertificates.issuing(issuing, CaCertificates.root(root.read()), keys.publicKey(ALIAS));
            keys.storeCertificate(ALIAS, issuing);
            parent.stdout.println("issuing CA certificate installed in " + keyStore + "; configure root.certificate="
                    + root.file.toAbsolutePath() + " for PID org.bianmin.seal.maker");
            if (keys.contains(SoftwareSealMakerAuthority.ROOT_ALIAS)) {
                parent.stdout.println("note: " + keyStore + " still holds a root key made online ("
                        + SoftwareSealMakerAuthority.ROOT_ALIAS + "); it is no longer used");
            }
            return EXIT_DONE;
        }
    }

    private static byte[] readCertificate(Path file) throws IOException {
        List<byte[]> certificates = TrustFiles.readAll(List.of(file), "certificate");
        if (certificates.size() != 1) {
            throw new IOException(file + " holds " + certificates.size() + " certificates, not one");
        }
        return certificates.get(0);
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        try (PemReader reader = new PemReader(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
            for (PemObject object = reader.readPemObject(); object != null; object = reader.readPemObject()) {
                if (object.getType().equals(type)) {
                    return object.getContent();
                }
            }
        }
        throw new IOException(file + " holds no PEM " + type);
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        }
        Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
    }

    /** The SM3 hash of a SubjectPublicKeyInfo, hex in pairs, for people to compare between machines. */
    static String fingerprint(byte[] publicKey) {
        SM3Digest digest = new SM3Digest();
        digest.update(publicKey, 0, publicKey.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(hash);
    }
}
