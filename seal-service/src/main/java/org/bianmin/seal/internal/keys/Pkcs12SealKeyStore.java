package org.bianmin.seal.internal.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * The embedded default {@link SealKeyStore}: SM2 keys in a password-protected PKCS#12 file
 * (RFC 7292). Each private key is a shrouded key bag encrypted with PBES2 (PBKDF2-HMAC-SHA256,
 * AES-256-CBC) once, when it is generated; the file carries an HMAC-SHA256 integrity MAC and is
 * rewritten atomically (owner read/write only) after every change, so a change costs one MAC, not
 * a re-encryption of every key. Private keys stay inside this object: never returned, never logged,
 * never written anywhere but the encrypted file. {@link #destroy} removes the key from the file and
 * from memory.
 *
 * <p>Signing is fast: each thread keeps one initialised SM2 signer per alias, because initialising
 * one costs about three signatures (PLATFORM-NOTES.md, Bouncy Castle SM2).
 *
 * <p>Several platform nodes may share one file (README, "Several servers on one database"): every
 * change is made under an exclusive lock on {@code FILE.lock} (a {@link FileLock}, which holds
 * between processes on one machine), on the file as it is on disk at that moment, so a node never
 * writes back a stale set of keys over another's; and an alias this store does not hold, or holds
 * without a certificate, is looked up again in the file when the file has been replaced since it
 * was read (each write replaces it, so its file key and modification time change). Keys read before
 * are kept as they are, not decrypted again.
 */
public final class Pkcs12SealKeyStore implements SealKeyStore {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int ITERATIONS = 10_000;
    /** One lock per key-store file in this JVM, beside the file lock that holds between processes. */
    private static final Map<Path, ReentrantLock> LOCAL_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final char[] password;
    private final FileOutput output;
    private final Map<String, KeyEntry> keys = new ConcurrentHashMap<>();
    /** The file as this store last read or wrote it; null before either. */
    private volatile FileVersion version;
    private final ThreadLocal<Map<String, CachedSigner>> signers = ThreadLocal.withInitial(HashMap::new);

    /**
     * Opens the key store at {@code file}, creating an empty one when the file does not exist.
     *
     * @param password the store password from configuration; fails with
     *                 {@code CONFIGURATION_INVALID} when empty
     */
    public Pkcs12SealKeyStore(Path file, char[] password) {
        this(file, password, Files::newOutputStream);
    }

    /** The same, writing the file's new content through {@code output} (a test's full disk). */
    Pkcs12SealKeyStore(Path file, char[] password, FileOutput output) {
        if (file == null) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the key-store path is not configured");
        }
        if (password == null || password.length == 0) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the key-store password is not configured; set it in the key-store configuration");
        }
        this.file = file.toAbsolutePath();
        this.password = password.clone();
        this.output = output;
        if (Files.exists(this.file)) {
            load();
        }
    }

    private Pkcs12SealKeyStore(char[] password) {
        this.file = null;
        this.password = password;
        this.output = null;
    }

    /**
     * A store held in memory only, for a deployment that configured no password: its keys are lost
     * at restart, so seals made with it cannot sign after one.
     */
    public static Pkcs12SealKeyStore inMemory() {
        char[] random = new char[32];
        SecureRandom generator = new SecureRandom();
        for (int i = 0; i < random.length; i++) {
            random[i] = (char) ('!' + generator.nextInt(94));
        }
        return new Pkcs12SealKeyStore(random);
    }

    /** The file this store lives in, or null when it is held in memory only. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized byte[] generate(String alias) {
        checkAlias(alias);
        return underFileLock(() -> generateUnlocked(alias));
    }

    private byte[] generateUnlocked(String alias) {
        if (keys.containsKey(alias)) {
            throw BianminException.invalid("a key already exists under alias " + alias);
        }
        AsymmetricCipherKeyPair pair = Sm2.generateKeyPair();
        ECPrivateKeyParameters privateKey = (ECPrivateKeyParameters) pair.getPrivate();
        try {
            PKCS12SafeBagBuilder bag = new PKCS12SafeBagBuilder(PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey),
                    new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC).setProvider(BC)
                            .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                            .setIterationCount(ITERATIONS).build(password));
            bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(alias));
            KeyEntry entry = new KeyEntry(privateKey,
                    Sm2.subjectPublicKeyInfo(((ECPublicKeyParameters) pair.getPublic()).getQ()), bag.build(), null);
            keys.put(alias, entry);
            try {
                save();
            } catch (RuntimeException e) {
                keys.remove(alias);
                throw e;
            }
            return entry.publicKey();
        } catch (IOException | OperatorCreationException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot protect a new SM2 key: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] publicKey(String alias) {
        return entry(alias).publicKey();
    }

    @Override
    public byte[] sign(String alias, byte[] message) {
        if (message == null) {
            throw BianminException.invalid("nothing to sign");
        }
        DigestSm2Signer signer = signer(alias);
        try {
            signer.reset();
            signer.update(message, 0, message.length);
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "SM2 signing failed for " + alias, e);
        }
    }

    @Override
    public byte[] signDigest(String alias, byte[] digest) {
        if (digest == null || digest.length != 32) {
            throw BianminException.invalid("an SM3 digest has 32 bytes");
        }
        try {
            return signer(alias).signDigest(digest);
        } catch (CryptoException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "SM2 signing failed for " + alias, e);
        }
    }

    @Override
    public boolean contains(String alias) {
        if (alias == null) {
            return false;
        }
        if (!keys.containsKey(alias)) {
            refreshIfReplaced();
        }
        return keys.containsKey(alias);
    }

    @Override
    public synchronized void destroy(String alias) {
        checkAlias(alias);
        underFileLock(() -> {
            destroyUnlocked(alias);
            return null;
        });
    }

    private void destroyUnlocked(String alias) {
        KeyEntry entry = entry(alias);
        keys.remove(alias);
        try {
            save();
        } catch (RuntimeException e) {
            keys.put(alias, entry);
            throw e;
        }
        signers.get().remove(alias);
    }

    @Override
    public synchronized void storeCertificate(String alias, byte[] certificate) {
        checkAlias(alias);
        underFileLock(() -> {
            storeCertificateUnlocked(alias, certificate);
            return null;
        });
    }

    private void storeCertificateUnlocked(String alias, byte[] certificate) {
        KeyEntry entry = entry(alias);
        X509CertificateHolder holder;
        try {
            holder = new X509CertificateHolder(certificate == null ? new byte[0] : certificate);
        } catch (IOException | RuntimeException e) {
            throw BianminException.invalid("not an X.509 certificate (DER): " + e.getMessage());
        }
        byte[] certificateKey;
        try {
            certificateKey = holder.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw BianminException.invalid("the certificate's public key cannot be encoded");
        }
        if (!Arrays.equals(certificateKey, entry.publicKey())) {
            throw BianminException.invalid("the certificate's public key is not the key stored under " + alias);
        }
        try {
            PKCS12SafeBagBuilder bag = new PKCS12SafeBagBuilder(holder);
            bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(alias));
            keys.put(alias, entry.withCertificate(bag.build()));
            save();
        } catch (IOException | RuntimeException e) {
            keys.put(alias, entry);
            throw e instanceof BianminException b ? b
                    : new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot store the certificate of " + alias, e);
        }
    }

    @Override
    public Optional<byte[]> certificate(String alias) {
        PKCS12SafeBag bag = entry(alias).certificateBag();
        if (bag == null && refreshIfReplaced()) {
            bag = entry(alias).certificateBag();
        }
        if (bag == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(((X509CertificateHolder) bag.getBagValue()).getEncoded());
        } catch (IOException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot encode the certificate of " + alias, e);
        }
    }

    private DigestSm2Signer signer(String alias) {
        KeyEntry entry = entry(alias);
        Map<String, CachedSigner> mine = signers.get();
        CachedSigner cached = mine.get(alias);
        if (cached == null || cached.privateKey() != entry.privateKey()) {
            DigestSm2Signer signer = new DigestSm2Signer();
            // Bouncy Castle's default random (a DRBG seeded from the system), as its JCA signer uses
            signer.init(true, new ParametersWithID(new ParametersWithRandom(entry.privateKey(),
                    CryptoServicesRegistrar.getSecureRandom()), Sm2.DEFAULT_USER_ID));
            cached = new CachedSigner(entry.privateKey(), signer);
            mine.put(alias, cached);
        }
        return cached.signer();
    }

    private KeyEntry entry(String alias) {
        checkAlias(alias);
        KeyEntry entry = keys.get(alias);
        if (entry == null && refreshIfReplaced()) {
            entry = keys.get(alias);
        }
        if (entry == null) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE,
                    "no key under alias " + alias + " in " + file + " (never generated, or destroyed)");
        }
        return entry;
    }

    private static void checkAlias(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw BianminException.invalid("a key alias has 1-64 ASCII letters, digits, '.', '_' or '-', got " + alias);
        }
    }

    /**
     * Reads the file again when another store (another node) has replaced it since this one last
     * read or wrote it; whether it did. A file that cannot be read fails with
     * {@code SEAL_KEY_UNAVAILABLE} and leaves the keys held as they were.
     */
    private boolean refreshIfReplaced() {
        if (file == null) {
            return false;
        }
        synchronized (keys) {
            FileVersion current = FileVersion.of(file);
            if (current == null || current.equals(version)) {
                return false;
            }
            load();
            return true;
        }
    }

    /**
     * Runs a change under the exclusive lock of the file (between processes: {@code FILE.lock}; within
     * this JVM, where a second lock on one file would fail, a lock per path), after reading what
     * other nodes wrote meanwhile.
     */
    private <T> T underFileLock(Supplier<T> change) {
        if (file == null) {
            return change.get();
        }
        ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(file, path -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                refreshIfReplaced();
                return change.get();
            }
        } catch (IOException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot lock the seal key store " + file
                    + " for a change: " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }

    private void load() {
        try {
            FileVersion read = FileVersion.of(file);
            PKCS12PfxPdu pfx = new PKCS12PfxPdu(Files.readAllBytes(file));
            if (!pfx.hasMac() || !pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE),
                    password)) {
                throw new PKCSException("integrity check failed");
            }
            Map<String, PKCS12SafeBag> keyBags = new HashMap<>();
            Map<String, PKCS12SafeBag> certificateBags = new HashMap<>();
            for (ContentInfo info : pfx.getContentInfos()) {
                PKCS12SafeBagFactory factory = PKCSObjectIdentifiers.encryptedData.equals(info.getContentType())
                        ? new PKCS12SafeBagFactory(info, decryptor()) : new PKCS12SafeBagFactory(info);
                for (PKCS12SafeBag bag : factory.getSafeBags()) {
                    String alias = friendlyName(bag);
                    if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(bag.getType())) {
                        keyBags.put(alias, bag);
                    } else if (PKCSObjectIdentifiers.certBag.equals(bag.getType())) {
                        certificateBags.put(alias, bag);
                    }
                }
            }
            Map<String, KeyEntry> fromFile = new HashMap<>();
            for (Map.Entry<String, PKCS12SafeBag> bag : keyBags.entrySet()) {
                KeyEntry known = keys.get(bag.getKey());
                if (known != null && sameBag(known.keyBag(), bag.getValue())) {
                    fromFile.put(bag.getKey(), known.withCertificate(certificateBags.get(bag.getKey())));
                    continue;
                }
                PrivateKeyInfo info = ((PKCS8EncryptedPrivateKeyInfo) bag.getValue().getBagValue())
                        .decryptPrivateKeyInfo(decryptor());
                ECPrivateKeyParameters privateKey = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(info);
                ECPublicKeyParameters publicKey = new ECPublicKeyParameters(
                        Sm2.DOMAIN.getG().multiply(privateKey.getD()).normalize(), Sm2.DOMAIN);
                fromFile.put(bag.getKey(), new KeyEntry(privateKey, Sm2.subjectPublicKeyInfo(publicKey.getQ()),
                        bag.getValue(), certificateBags.get(bag.getKey())));
            }
            keys.putAll(fromFile);
            keys.keySet().retainAll(fromFile.keySet());
            version = read;
        } catch (IOException | PKCSException | OperatorCreationException | RuntimeException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot open the seal key store " + file
                    + ": wrong password or damaged file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private org.bouncycastle.operator.InputDecryptorProvider decryptor() throws OperatorCreationException {
        return new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BC).build(password);
    }

    private static String friendlyName(PKCS12SafeBag bag) {
        for (org.bouncycastle.asn1.pkcs.Attribute attribute : bag.getAttributes()) {
            if (PKCSObjectIdentifiers.pkcs_9_at_friendlyName.equals(attribute.getAttrType())) {
                return DERBMPString.getInstance(attribute.getAttrValues().getObjectAt(0)).getString();
            }
        }
        throw new IllegalStateException("a bag without a friendly name");
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
            PKCS12SafeBag[] keyBags = keys.values().stream().map(KeyEntry::keyBag).toArray(PKCS12SafeBag[]::new);
            PKCS12SafeBag[] certificateBags = keys.values().stream().map(KeyEntry::certificateBag)
                    .filter(java.util.Objects::nonNull).toArray(PKCS12SafeBag[]::new);
            for (PKCS12SafeBag bag : certificateBags) {
                builder.addData(bag);
            }
            for (PKCS12SafeBag bag : keyBags) {
                builder.addData(bag);
            }
            byte[] encoded = builder.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setProvider(BC).setIterationCount(ITERATIONS), password).getEncoded(ASN1Encoding.DER);
            write(encoded);
        } catch (IOException | PKCSException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot write the seal key store " + file
                    + ": " + e.getMessage(), e);
        }
    }

    private void write(byte[] encoded) throws IOException {
        Path directory = file.getParent();
        Files.createDirectories(directory);
        removeLeftoverTemporaries(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            try (OutputStream out = output.open(temporary)) {
                out.write(encoded);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            version = FileVersion.of(file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Deletes the temporary files of writers that died between writing and moving them into place
     * (a process killed, a machine off): every writer holds {@code FILE.lock} from its temporary
     * file's creation to its move, and so does the caller, so any such file found now is a leftover.
     * It holds the encrypted bags of keys that may have been destroyed since, so it must not stay.
     */
    private void removeLeftoverTemporaries(Path directory) throws IOException {
        // Files.createTempFile(directory, FILE, ".tmp") names them FILE, a number, .tmp
        java.util.regex.Pattern temporaryName = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(file.getFileName().toString()) + "[0-9]+\\.tmp");
        try (java.nio.file.DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory,
                entry -> temporaryName.matcher(entry.getFileName().toString()).matches())) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Where the new content of the file is written: the temporary file, opened for writing. */
    @FunctionalInterface
    interface FileOutput {
        OutputStream open(Path temporary) throws IOException;
    }

    /** A key as held in memory: the private part for signing, its encrypted bag for the file. */
    private record KeyEntry(ECPrivateKeyParameters privateKey, byte[] publicKey, PKCS12SafeBag keyBag,
            PKCS12SafeBag certificateBag) {
        KeyEntry withCertificate(PKCS12SafeBag bag) {
            return new KeyEntry(privateKey, publicKey, keyBag, bag);
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        @Override
        public String toString() {
            return "KeyEntry[private key withheld]";
        }
    }

    private static boolean sameBag(PKCS12SafeBag one, PKCS12SafeBag other) {
        try {
            return Arrays.equals(one.toASN1Structure().getEncoded(ASN1Encoding.DER),
                    other.toASN1Structure().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Which file is at the path: its file key (the inode, which every atomic replacement changes) and
     * modification time; null when there is none.
     */
    private record FileVersion(Object fileKey, java.nio.file.attribute.FileTime modified, long size) {
        static FileVersion of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileVersion(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot read the seal key store " + file
                        + ": " + e.getMessage(), e);
            }
        }
    }

    private record CachedSigner(ECPrivateKeyParameters privateKey, DigestSm2Signer signer) {
    }
}
