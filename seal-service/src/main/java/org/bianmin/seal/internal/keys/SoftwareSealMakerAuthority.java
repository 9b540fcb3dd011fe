package org.bianmin.seal.internal.keys;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.internal.keys.CertificateIssuer.Profile;
import org.bianmin.seal.spi.SealKeyStore;
import org.bianmin.seal.spi.SealMakerAuthority;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The embedded default seal maker (制章者) and its certificate authority, for one county, in two
 * tiers: an offline root (self-signed SM2, pathLenConstraint 1) whose private key stays on the
 * machine of the {@code root-ca} ceremony, and an online issuing CA (pathLenConstraint 0) under it,
 * whose key in the {@link SealKeyStore} signs the maker certificate, each seal's signer certificate
 * (SM3withSM2, key usage digitalSignature + nonRepudiation, not a CA), the county time-stamp
 * authority's certificate and the county's revocation list. The maker's key signs every SESeal
 * (GB/T 38540 §5). The first start creates the maker key and certificate; later starts reuse them.
 * When configured, the certificates it issues name the CRL distribution point where the county's
 * revocation list is served (RFC 5280 §4.2.1.13).
 *
 * <p>Without a root certificate (tests, an in-memory database, the demo) the authority makes its own
 * root at first start and keeps the root key beside the others under {@link #ROOT_ALIAS}: convenient,
 * and no better than a single online key.
 */
public final class SoftwareSealMakerAuthority implements SealMakerAuthority {
    /** The key-store alias of a root CA key made at first start, when no root certificate is configured. */
    public static final String ROOT_ALIAS = "county-ca-root";
    /** The key-store alias of the issuing CA key, which signs certificates and revocation lists. */
    public static final String ISSUING_ALIAS = "county-ca-issuing";
    /** The key-store alias of the seal maker's key. */
    public static final String MAKER_ALIAS = "county-seal-maker";

    private final SealKeyStore keyStore;
    private final String authorityName;
    private final TimeSource clock;
    private final byte[] rootCertificate;
    private final byte[] issuingCertificate;
    private final byte[] makerCertificate;
    private final URI crlDistributionPoint;

    /**
     * Opens the authority with a root of its own, creating its keys and certificates on first use.
     *
     * @param authorityName the county body that makes seals, e.g. 泸定县电子印章制作中心
     */
    public SoftwareSealMakerAuthority(SealKeyStore keyStore, String authorityName, TimeSource clock) {
        this(keyStore, authorityName, clock, null);
    }

    /**
     * Opens the authority with a root of its own; every certificate it issues from now on (not its
     * CAs) names {@code crlDistributionPoint} as where its CRL is published (RFC 5280 §4.2.1.13).
     *
     * @param crlDistributionPoint an http or https URL, e.g. {@code https://HOST/api/ca/crl}; null for none
     */
    public SoftwareSealMakerAuthority(SealKeyStore keyStore, String authorityName, TimeSource clock,
            URI crlDistributionPoint) {
        this(keyStore, authorityName, clock, crlDistributionPoint, null);
    }

    /**
     * Opens the authority under the offline root {@code rootCertificate} (DER), whose issuing CA
     * certificate the {@code root-ca} ceremony installed in {@code keyStore} under
     * {@link #ISSUING_ALIAS}; fails with {@link ErrorCode#CONFIGURATION_INVALID} when it is missing or
     * does not fit the root ({@link CaCertificates}).
     *
     * @param rootCertificate the root's certificate; null makes and keeps a root of its own
     */
    public SoftwareSealMakerAuthority(SealKeyStore keyStore, String authorityName, TimeSource clock,
            URI crlDistributionPoint, byte[] rootCertificate) {
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
            if (rootCertificate == null) {
                this.rootCertificate = storedCertificate(ROOT_ALIAS) ? keyStore.certificate(ROOT_ALIAS).get()
                        : createRoot();
                this.issuingCertificate = storedCertificate(ISSUING_ALIAS) ? keyStore.certificate(ISSUING_ALIAS).get()
                        : createIssuing();
            } else {
                this.rootCertificate = rootCertificate.clone();
                this.issuingCertificate = installedIssuing();
            }
            CaCertificates.issuing(issuingCertificate, CaCertificates.root(this.rootCertificate),
                    keyStore.publicKey(ISSUING_ALIAS));
            this.makerCertificate = storedCertificate(MAKER_ALIAS) && issuedByIssuingCa(
                    keyStore.certificate(MAKER_ALIAS).get()) ? keyStore.certificate(MAKER_ALIAS).get() : createMaker();
        }
    }

    /** The name of the county's root CA: C=CN, O=the authority, CN=the authority + " Root CA". */
    public static X500Name rootName(String authorityName) {
        return name(authorityName, authorityName + " Root CA");
    }

    /** The name of the county's issuing CA: C=CN, O=the authority, CN=the authority + " Issuing CA". */
    public static X500Name issuingName(String authorityName) {
        return name(authorityName, authorityName + " Issuing CA");
    }

    @Override
    public byte[] issueSignerCertificate(String subjectName, byte[] publicKey, Instant notBefore, Instant notAfter) {
        Checks.text(subjectName, "certificate subject name", 128);
        Sm2.publicKey(Checks.bytes(publicKey, "public key"));
        checkValidity(notBefore, notAfter);
        return issuingCa().issue(name(subjectName), publicKey, notBefore, notAfter, Profile.SIGNER,
                crlDistributionPoint);
    }

    /**
     * Issues the certificate of a time-stamp authority (时间戳服务) under the county's issuing CA: key
     * usage digitalSignature + nonRepudiation, and extended key usage {@code id-kp-timeStamping} alone
     * and critical, as RFC 3161 §2.3 requires of a TSA certificate (RFC 5280 §4.2.1.12).
     *
     * @param subjectName the TSA's common name, e.g. 泸定县时间戳服务
     * @param publicKey   the TSA key's SubjectPublicKeyInfo (DER), an SM2 key
     */
    public byte[] issueTimeStampingCertificate(String subjectName, byte[] publicKey, Instant notBefore,
            Instant notAfter) {
        Checks.text(subjectName, "certificate subject name", 128);
        Sm2.publicKey(Checks.bytes(publicKey, "public key"));
        checkValidity(notBefore, notAfter);
        return issuingCa().issue(name(subjectName), publicKey, notBefore, notAfter, Profile.TIME_STAMPING,
                crlDistributionPoint);
    }

    @Override
    public byte[] makerCertificate() {
        return makerCertificate.clone();
    }

    @Override
    public byte[] signSealInfo(byte[] sealInfo) {
        return keyStore.sign(MAKER_ALIAS, Checks.bytes(sealInfo, "seal info"));
    }

    /** The root's certificate, then the issuing CA's (DER): the chain above every certificate issued here. */
    @Override
    public List<byte[]> caCertificates() {
        return List.of(rootCertificate.clone(), issuingCertificate.clone());
    }

    /** The issuing CA's certificate (DER), whose key ({@link #ISSUING_ALIAS}) also signs the revocation list. */
    public byte[] issuingCertificate() {
        return issuingCertificate.clone();
    }

    private static void checkValidity(Instant notBefore, Instant notAfter) {
        Checks.required(notBefore, "not before");
        Checks.required(notAfter, "not after");
        if (!notAfter.isAfter(notBefore)) {
            throw new BianminException(ErrorCode.SEAL_VALIDITY_INVALID,
                    "a certificate's validity must end after it starts: " + notBefore + " .. " + notAfter);
        }
    }

    private boolean storedCertificate(String alias) {
        return keyStore.contains(alias) && keyStore.certificate(alias).isPresent();
    }

    private byte[] installedIssuing() {
        if (!storedCertificate(ISSUING_ALIAS)) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "a root certificate is configured but the"
                    + " seal key store holds no issuing CA certificate under " + ISSUING_ALIAS + ": with the server"
                    + " stopped run 'root-ca request' against its key store, sign the request on the root's offline"
                    + " machine with 'root-ca issue', and install the certificate with 'root-ca install'"
                    + " (seal-service README, \"The root CA ceremony\")");
        }
        return keyStore.certificate(ISSUING_ALIAS).get();
    }

    private boolean issuedByIssuingCa(byte[] certificate) {
        try {
            return CaCertificates.signedBy(new X509CertificateHolder(certificate),
                    new X509CertificateHolder(issuingCertificate));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private CertificateIssuer issuingCa() {
        return new CertificateIssuer(keyStore, ISSUING_ALIAS, issuingCertificate);
    }

    private byte[] createRoot() {
        byte[] publicKey = keyStore.contains(ROOT_ALIAS) ? keyStore.publicKey(ROOT_ALIAS) : keyStore.generate(ROOT_ALIAS);
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] certificate = new CertificateIssuer(keyStore, ROOT_ALIAS, null).issue(rootName(authorityName),
                publicKey, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(20 * 366)), Profile.ROOT_CA, null);
        keyStore.storeCertificate(ROOT_ALIAS, certificate);
        return certificate;
    }

    private byte[] createIssuing() {
        byte[] publicKey = keyStore.contains(ISSUING_ALIAS) ? keyStore.publicKey(ISSUING_ALIAS)
                : keyStore.generate(ISSUING_ALIAS);
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] certificate = new CertificateIssuer(keyStore, ROOT_ALIAS, rootCertificate).issue(
                issuingName(authorityName), publicKey, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(15 * 366)), Profile.ISSUING_CA, null);
        keyStore.storeCertificate(ISSUING_ALIAS, certificate);
        return certificate;
    }

    private byte[] createMaker() {
        byte[] publicKey = keyStore.contains(MAKER_ALIAS) ? keyStore.publicKey(MAKER_ALIAS) : keyStore.generate(MAKER_ALIAS);
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] certificate = issuingCa().issue(name(authorityName + " 制章者"), publicKey,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10 * 366)), Profile.SIGNER,
                crlDistributionPoint);
        keyStore.storeCertificate(MAKER_ALIAS, certificate);
        return certificate;
    }

    private X500Name name(String commonName) {
        return name(authorityName, commonName);
    }

    private static X500Name name(String authorityName, String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, authorityName)
                .addRDN(BCStyle.CN, commonName).build();
    }
}
