package org.bianmin.audit.internal.key;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bianmin.audit.spi.AuditKey;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The embedded county audit key: an SM2 key pair and an Ed25519 key pair (RFC 8032, for the second
 * signature line of checkpoint notes) in an encrypted PKCS#12 file (AES-256 key encryption,
 * AES-128 MAC), created on first use; a file made before the Ed25519 key existed gains one the first
 * time it is opened. The private keys are read into this object only and are never returned,
 * logged or written anywhere else; signing reuses one initialised {@link Signature} per key (an SM2
 * {@code initSign} costs about three signatures).
 */
public final class Pkcs12AuditKey implements AuditKey {
    /** The alias of the key in the PKCS#12 file. */
    public static final String ALIAS = "county-audit-key";
    /** The alias of the Ed25519 key in the PKCS#12 file. */
    public static final String ED25519_ALIAS = "county-audit-key-ed25519";

    private static final String STORE_TYPE = "PKCS12-AES256-AES128";
    private static final String ALGORITHM = "SM3withSM2";
    private static final Provider BC = new BouncyCastleProvider();

    private static final String ED25519 = "Ed25519";

    private final byte[] publicKey;
    private final Signature signer;
    private final byte[] ed25519PublicKey;
    private final Signature ed25519Signer;

    private Pkcs12AuditKey(KeyPair sm2, KeyPair ed25519) throws GeneralSecurityException {
        this.publicKey = sm2.getPublic().getEncoded();
        this.signer = Signature.getInstance(ALGORITHM, BC);
        this.signer.initSign(sm2.getPrivate());
        this.ed25519PublicKey = SubjectPublicKeyInfo.getInstance(ed25519.getPublic().getEncoded()).getPublicKeyData()
                .getBytes();
        this.ed25519Signer = Signature.getInstance(ED25519, BC);
        this.ed25519Signer.initSign(ed25519.getPrivate());
    }

    /**
     * Opens the key in {@code file}, or creates a new key pair there when the file does not exist.
     * Fails with {@code AUDIT_KEY_UNAVAILABLE} when the file cannot be read, the password is wrong
     * or the file holds no audit key.
     */
    public static Pkcs12AuditKey openOrCreate(Path file, char[] password, Instant now) {
        if (password == null || password.length == 0) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "the audit key store needs a password: configure keystore_password");
        }
        try {
            if (Files.exists(file)) {
                return open(file, password, now);
            }
            return create(file, password, now);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new BianminException(ErrorCode.AUDIT_KEY_UNAVAILABLE, "cannot open the audit key store " + file
                    + " (wrong password or damaged file?): " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * A key that lives in memory only, for a deployment without a configured key store: its
     * checkpoints verify only while it runs.
     */
    public static Pkcs12AuditKey ephemeral() {
        try {
            return new Pkcs12AuditKey(generate(), generateEd25519());
        } catch (GeneralSecurityException e) {
            throw new BianminException(ErrorCode.AUDIT_KEY_UNAVAILABLE, "cannot generate the audit keys", e);
        }
    }

    private static Pkcs12AuditKey open(Path file, char[] password, Instant now)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyStore store = KeyStore.getInstance(STORE_TYPE, BC);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        KeyPair sm2 = entry(store, ALIAS, password);
        if (!store.isKeyEntry(ED25519_ALIAS)) {
            addEntry(store, ED25519_ALIAS, generateEd25519(), ED25519, "CN=Bianmin county audit key (Ed25519)",
                    password, now);
            write(store, file, password);
        }
        return new Pkcs12AuditKey(sm2, entry(store, ED25519_ALIAS, password));
    }

    private static KeyPair entry(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
        if (!store.isKeyEntry(alias)) {
            throw new GeneralSecurityException("no key under alias " + alias);
        }
        return new KeyPair(store.getCertificate(alias).getPublicKey(), (PrivateKey) store.getKey(alias, password));
    }

    private static Pkcs12AuditKey create(Path file, char[] password, Instant now)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPair sm2 = generate();
        KeyPair ed25519 = generateEd25519();
        KeyStore store = KeyStore.getInstance(STORE_TYPE, BC);
        store.load(null, null);
        addEntry(store, ALIAS, sm2, ALGORITHM, "CN=Bianmin county audit key", password, now);
        addEntry(store, ED25519_ALIAS, ed25519, ED25519, "CN=Bianmin county audit key (Ed25519)", password, now);
        write(store, file, password);
        return new Pkcs12AuditKey(sm2, ed25519);
    }

    private static void addEntry(KeyStore store, String alias, KeyPair pair, String algorithm, String subject,
            char[] password, Instant now) throws GeneralSecurityException, OperatorCreationException {
        X500Name name = new X500Name(subject);
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365L * 30))),
                        name, pair.getPublic())
                        .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(pair.getPrivate())));
        store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});
    }

    private static void write(KeyStore store, Path file, char[] password) throws IOException, GeneralSecurityException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, "audit-key", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        return generator.generateKeyPair();
    }

    private static KeyPair generateEd25519() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance(ED25519, BC).generateKeyPair();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] sign(byte[] message) {
        return sign(signer, message, "the audit key cannot sign");
    }

    @Override
    public Optional<byte[]> ed25519PublicKey() {
        return Optional.of(ed25519PublicKey.clone());
    }

    @Override
    public byte[] signEd25519(byte[] message) {
        return sign(ed25519Signer, message, "the audit key cannot sign with Ed25519");
    }

    /** Signs with one of the key's signers, one message at a time (a Signature is not thread-safe). */
    private static byte[] sign(Signature with, byte[] message, String failure) {
        synchronized (with) {
            try {
                with.update(message);
                return with.sign();
            } catch (GeneralSecurityException e) {
                throw new BianminException(ErrorCode.AUDIT_KEY_UNAVAILABLE, failure, e);
            }
        }
    }

    @Override
    public String toString() {
        return "Pkcs12AuditKey[public key only]";
    }
}
