package org.bianmin.seal.internal.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;

/**
 * The embedded default seal maker (制章者) and its certificate authority, for one county: a
 * self-signed SM2 root, and a maker certificate issued by it whose key signs every SESeal
 * (GB/T 38540 §5). The root also issues each seal's signer certificate (SM3withSM2, key usage
 * digitalSignature + nonRepudiation, not a CA) and the county time-stamp authority's certificate.
 * Both keys live in the {@link SealKeyStore}; the first start creates them, later starts reuse them.
 * When configured, the certificates it issues name the CRL distribution point where the county's
 * revocation list is served (RFC 5280 §4.2.1.13).
 */
public final class SoftwareSealMakerAuthority implements SealMakerAuthority {
    /** The key-store alias of the root CA key. */
    public static final String ROOT_ALIAS = "county-ca-root";
    /** The key-store alias of the seal maker's key. */
    public static final String MAKER_ALIAS = "county-seal-maker";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SealKeyStore keyStore;
    private final String authorityName;
    private final TimeSource clock;
    private final byte[] rootCertificate;
    private final byte[] makerCertificate;
    private final URI crlDistributionPoint;

    /**
     * Opens the authority, creating its root and maker keys and certificates on first use.
     *
     * @param authorityName the county body that makes seals, e.g. 泸定县电子印章制作中心
     */
    public SoftwareSealMakerAuthority(SealKeyStore keyStore, String authorityName, TimeSource clock) {
        this(keyStore, authorityName, clock, null);
    }

    /**
     * Opens the authority; every certificate it issues from now on (not its root) names
     * {@code crlDistributionPoint} as where its CRL is published (RFC 5280 §4.2.1.13).
     *
     * @param crlDistributionPoint an http or https URL, e.g. {@code https://HOST/api/ca/crl}; null for none
     */
    public SoftwareSealMakerAuthority(SealKeyStore keyStore, String authorityName, TimeSource clock,
            URI crlDistributionPoint) {
        if (crlDistributionPoint != null && !"http".equals(crlDistributionPoint.getScheme())
                && !"https".equals(crlDistributionPoint.getScheme())) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "crl.url must be an http or https URL where"
                    + " the CRL is served (e.g. https://HOST/api/ca/crl), not '" + crlDistributionPoint + "'");
        }
        this.crlDistributionPoint = crlDistributionPoint;
        this.keyStore = Checks.required(keyStore, "key store");
        this.authorityName = Checks.text(authorityName, "seal-maker authority name", 64);
        this.clock = Checks.required(clock, "time source");
        synchronized (keyStore) {
            this.rootCertificate = keyStore.contains(ROOT_ALIAS) && keyStore.certificate(ROOT_ALIAS).isPresent()
                    ? keyStore.certificate(ROOT_ALIAS).get() : createRoot();
            this.makerCertificate = keyStore.contains(MAKER_ALIAS) && keyStore.certificate(MAKER_ALIAS).isPresent()
                    ? keyStore.certificate(MAKER_ALIAS).get() : createMaker();
        }
    }

    @Override
    public byte[] issueSignerCertificate(String subjectName, byte[] publicKey, Instant notBefore, Instant notAfter) {
        Checks.text(subjectName, "certificate subject name", 128);
        Sm2.publicKey(Checks.bytes(publicKey, "public key"));
        checkValidity(notBefore, notAfter);
        return issue(rootName(), ROOT_ALIAS, name(subjectName), publicKey, notBefore, notAfter, Role.SIGNER,
                rootCertificate);
    }

    /**
     * Issues the certificate of a time-stamp authority (时间戳服务) under the county root: key usage
     * digitalSignature + nonRepudiation, and extended key usage {@code id-kp-timeStamping} alone and
     * critical, as RFC 3161 §2.3 requires of a TSA certificate (RFC 5280 §4.2.1.12).
     *
     * @param subjectName the TSA's common name, e.g. 泸定县时间戳服务
     * @param publicKey   the TSA key's SubjectPublicKeyInfo (DER), an SM2 key
     */
    public byte[] issueTimeStampingCertificate(String subjectName, byte[] publicKey, Instant notBefore,
            Instant notAfter) {
        Checks.text(subjectName, "certificate subject name", 128);
        Sm2.publicKey(Checks.bytes(publicKey, "public key"));
        checkValidity(notBefore, notAfter);
        return issue(rootName(), ROOT_ALIAS, name(subjectName), publicKey, notBefore, notAfter, Role.TIME_STAMPING,
                rootCertificate);
    }

    @Override
    public byte[] makerCertificate() {
        return makerCertificate.clone();
    }

    @Override
    public byte[] signSealInfo(byte[] sealInfo) {
        return keyStore.sign(MAKER_ALIAS, Checks.bytes(sealInfo, "seal info"));
    }

    @Override
    public List<byte[]> caCertificates() {
        return List.of(rootCertificate.clone());
    }

    private static void checkValidity(Instant notBefore, Instant notAfter) {
        Checks.required(notBefore, "not before");
        Checks.required(notAfter, "not after");
        if (!notAfter.isAfter(notBefore)) {
            throw new BianminException(ErrorCode.SEAL_VALIDITY_INVALID,
                    "a certificate's validity must end after it starts: " + notBefore + " .. " + notAfter);
        }
    }

    private byte[] createRoot() {
        byte[] publicKey = keyStore.contains(ROOT_ALIAS) ? keyStore.publicKey(ROOT_ALIAS) : keyStore.generate(ROOT_ALIAS);
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] certificate = issue(rootName(), ROOT_ALIAS, rootName(), publicKey, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(20 * 366)), Role.CA, null);
        keyStore.storeCertificate(ROOT_ALIAS, certificate);
        return certificate;
    }

    private byte[] createMaker() {
        byte[] publicKey = keyStore.contains(MAKER_ALIAS) ? keyStore.publicKey(MAKER_ALIAS) : keyStore.generate(MAKER_ALIAS);
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] certificate = issue(rootName(), ROOT_ALIAS, name(authorityName + " 制章者"), publicKey,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10 * 366)), Role.SIGNER, rootCertificate);
        keyStore.storeCertificate(MAKER_ALIAS, certificate);
        return certificate;
    }

    private X500Name rootName() {
        return name(authorityName + " Root CA");
    }

    private X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, authorityName)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private byte[] issue(X500Name issuer, String issuerAlias, X500Name subject, byte[] publicKey, Instant notBefore,
            Instant notAfter, Role role, byte[] issuerCertificate) {
        try {
            SubjectPublicKeyInfo subjectKey = SubjectPublicKeyInfo.getInstance(publicKey);
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM).setBit(126),
                    Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
            BcX509ExtensionUtils extensions = new BcX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(role == Role.CA));
            builder.addExtension(Extension.keyUsage, true, role == Role.CA
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (role == Role.TIME_STAMPING) {
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            if (role != Role.CA && crlDistributionPoint != null) {
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(new GeneralNames(new GeneralName(
                            GeneralName.uniformResourceIdentifier, crlDistributionPoint.toString()))), null, null)}));
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(subjectKey));
            SubjectPublicKeyInfo issuerKey = issuerCertificate == null ? subjectKey
                    : new X509CertificateHolder(issuerCertificate).getSubjectPublicKeyInfo();
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(issuerKey));
            return builder.build(new KeyStoreContentSigner(keyStore, issuerAlias)).getEncoded();
        } catch (CertIOException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot build a certificate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BianminException(ErrorCode.SEAL_KEY_UNAVAILABLE, "cannot encode a certificate: " + e.getMessage(), e);
        }
    }

    /** What a certificate's key is for, which decides its extensions. */
    private enum Role {
        /** The county root: keyCertSign and cRLSign. */
        CA,
        /** A seal maker or seal signer: digitalSignature and nonRepudiation. */
        SIGNER,
        /** A time-stamp authority: as a signer, plus the critical extended key usage timeStamping. */
        TIME_STAMPING
    }
}
