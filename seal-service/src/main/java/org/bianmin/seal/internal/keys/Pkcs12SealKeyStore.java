package org.bianmin.seal.internal.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The embedded default {@link SealKeyStore}: SM2 keys in a password-encrypted PKCS#12 file
 * (keys shrouded with PBES2/AES-256, the file MAC'd), read once at start and rewritten atomically
 * after every change. Private keys stay inside this object; they are never returned, logged or
 * written anywhere but the encrypted file. {@link #destroy} removes the key from the file and
 * from memory.
 *
 * <p>Signing is fast: each thread keeps one initialised SM2 signer per alias, because initialising
 * one costs about three signatures (PLATFORM-NOTES.md, Bouncy Castle SM2).
 */
public final class Pkcs12SealKeyStore implements SealKeyStore {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String STORE_TYPE = "PKCS12-AES256-AES128";
    private static final String PLACEHOLDER_PREFIX = "CN=key-placeholder ";

    private final Path file;
    private final char[] password;
    private final KeyStore store;
    private final Map<String, KeyEntry> keys = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, CachedSigner>> signers = ThreadLocal.withInitial(HashMap::new);

    /**
     * Opens the key store at {@code file}, creating an empty one when the file does not exist.
     *
     * @param password the store password from configuration; fails with
     *                 {@code CONFIGURATION_INVALID} when empty
     */
    public Pkcs12SealKeyStore(Path file, char[] password) {
        if (file == null) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "the key-store path is not configured");
        }
        if (password == null || password.length == 0) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the key-store password is not configured; set it in the key-store configuration");
        }
        this.file = file.toAbsolutePath();
        this.password = password.clone();
        try {
            this.store = KeyStore.getInstance(STORE_TYPE, BC);
            if (Files.exists(this.file)) {
                try (InputStream in = Files.newInputStream(this.file)) {
                    store.load(in, this.password);
                }
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias)) {
                        keys.put(alias, KeyEntry.of((PrivateKey) store.getKey(alias, this.password),
                                store.getCertificate(alias)));
                    }
                }
            } else {
                store.load(null, this.password);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot open the seal key store " + this.file
                    + ": wrong password or damaged file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The file this store lives in. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized byte[] generate(String alias) {
        checkAlias(alias);
        if (keys.containsKey(alias)) {
            throw BianminException.invalid("a key already exists under alias " + alias);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate placeholder = placeholderCertificate(alias, pair);
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {placeholder});
            save();
            KeyEntry entry = KeyEntry.of(pair.getPrivate(), placeholder);
            keys.put(alias, entry);
            return entry.publicKey();
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot generate an SM2 key: " + e.getMessage(), e);
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
        return alias != null && keys.containsKey(alias);
    }

    @Override
    public synchronized void destroy(String alias) {
        entry(alias);
        try {
            store.deleteEntry(alias);
            save();
        } catch (GeneralSecurityException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot destroy key " + alias, e);
        }
        keys.remove(alias);
        signers.get().remove(alias);
    }

    @Override
    public synchronized void storeCertificate(String alias, byte[] certificate) {
        KeyEntry entry = entry(alias);
        X509Certificate parsed = parse(certificate);
        if (!Arrays.equals(parsed.getPublicKey().getEncoded(), entry.publicKey())) {
            throw BianminException.invalid("the certificate's public key is not the key stored under " + alias);
        }
        try {
            store.setKeyEntry(alias, store.getKey(alias, password), password, new Certificate[] {parsed});
            save();
        } catch (GeneralSecurityException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot store the certificate of " + alias, e);
        }
        keys.put(alias, entry.withCertificate(parsed));
    }

    @Override
    public Optional<byte[]> certificate(String alias) {
        X509Certificate certificate = entry(alias).certificate();
        if (certificate.getSubjectX500Principal().getName().startsWith(PLACEHOLDER_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot encode the certificate of " + alias, e);
        }
    }

    private DigestSm2Signer signer(String alias) {
        KeyEntry entry = entry(alias);
        Map<String, CachedSigner> mine = signers.get();
        CachedSigner cached = mine.get(alias);
        if (cached == null || cached.entry().privateKey() != entry.privateKey()) {
            DigestSm2Signer signer = new DigestSm2Signer();
            signer.init(true, new ParametersWithID(new ParametersWithRandom(entry.privateKey(), new SecureRandom()),
                    Sm2.DEFAULT_USER_ID));
            cached = new CachedSigner(entry, signer);
            mine.put(alias, cached);
        }
        return cached.signer();
    }

    private KeyEntry entry(String alias) {
        checkAlias(alias);
        KeyEntry entry = keys.get(alias);
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

    private void save() throws GeneralSecurityException {
        try {
            Path directory = file.getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                }
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot write the seal key store " + file
                    + ": " + e.getMessage(), e);
        }
    }

    private static X509Certificate placeholderCertificate(String alias, KeyPair pair)
            throws OperatorCreationException, GeneralSecurityException {
        X500Name name = new X500Name(PLACEHOLDER_PREFIX + alias);
        Date now = new Date();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, now,
                new Date(now.getTime() + 86_400_000L), name, pair.getPublic());
        return new JcaX509CertificateConverter().setProvider(BC).getCertificate(
                builder.build(new JcaContentSignerBuilder("SM3withSM2").setProvider(BC).build(pair.getPrivate())));
    }

    static X509Certificate parse(byte[] certificate) {
        if (certificate == null) {
            throw BianminException.invalid("certificate is required");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                    .generateCertificate(new java.io.ByteArrayInputStream(certificate));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw BianminException.invalid("not an X.509 certificate (DER): " + e.getMessage());
        }
    }

    /** A key as held in memory: the private part for signing, the public part to hand out. */
    private record KeyEntry(ECPrivateKeyParameters privateKey, byte[] publicKey, X509Certificate certificate) {
        static KeyEntry of(PrivateKey key, Certificate certificate) throws GeneralSecurityException {
            ECPrivateKeyParameters parameters = (ECPrivateKeyParameters) ECUtil.generatePrivateKeyParameter(key);
            return new KeyEntry(parameters, certificate.getPublicKey().getEncoded(), (X509Certificate) certificate);
        }

        KeyEntry withCertificate(X509Certificate replacement) {
            return new KeyEntry(privateKey, publicKey, replacement);
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

    private record CachedSigner(KeyEntry entry, DigestSm2Signer signer) {
    }
}
