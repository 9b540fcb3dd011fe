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
import org.bianmin.audit.spi.AuditKey;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The embedded county audit key: an SM2 key pair in an encrypted PKCS#12 file (AES-256 key
 * encryption, AES-128 MAC), created on first use. The private key is read into this object only
 * and is never returned, logged or written anywhere else; signing reuses one initialised
 * {@link Signature} (an SM2 {@code initSign} costs about three signatures).
 */
public final class Pkcs12AuditKey implements AuditKey {
    /** The alias of the key in the PKCS#12 file. */
    public static final String ALIAS = "county-audit-key";

    private static final String STORE_TYPE = "PKCS12-AES256-AES128";
    private static final String ALGORITHM = "SM3withSM2";
    private static final Provider BC = new BouncyCastleProvider();

    private final byte[] publicKey;
    private final Signature signer;

    private Pkcs12AuditKey(PrivateKey privateKey, byte[] publicKey) throws GeneralSecurityException {
        this.publicKey = publicKey.clone();
        this.signer = Signature.getInstance(ALGORITHM, BC);
        this.signer.initSign(privateKey);
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
                return open(file, password);
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
            KeyPair pair = generate();
            return new Pkcs12AuditKey(pair.getPrivate(), pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new BianminException(ErrorCode.AUDIT_KEY_UNAVAILABLE, "cannot generate an SM2 key", e);
        }
    }

    private static Pkcs12AuditKey open(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(STORE_TYPE, BC);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        if (!store.isKeyEntry(ALIAS)) {
            throw new GeneralSecurityException("no key under alias " + ALIAS);
        }
        PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
        return new Pkcs12AuditKey(key, store.getCertificate(ALIAS).getPublicKey().getEncoded());
    }

    private static Pkcs12AuditKey create(Path file, char[] password, Instant now)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPair pair = generate();
        X500Name name = new X500Name("CN=Bianmin county audit key");
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365L * 30))),
                        name, pair.getPublic())
                        .build(new JcaContentSignerBuilder(ALGORITHM).setProvider(BC).build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance(STORE_TYPE, BC);
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = Files.createTempFile(parent, "audit-key", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        return new Pkcs12AuditKey(pair.getPrivate(), pair.getPublic().getEncoded());
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        return generator.generateKeyPair();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public synchronized byte[] sign(byte[] message) {
        try {
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new BianminException(ErrorCode.AUDIT_KEY_UNAVAILABLE, "the audit key cannot sign", e);
        }
    }

    @Override
    public String toString() {
        return "Pkcs12AuditKey[public key only]";
    }
}
