package org.bianmin.seal.internal.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.spi.SealKeyStore;
import org.bouncycastle.asn1.x500.X500Name;
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
 * Signs X.509 certificates (SM3withSM2) with a key held in a {@link SealKeyStore}: the county root's
 * own certificate and the issuing CA's (by the offline root, {@code root-ca}), and the maker, signer
 * and time-stamping certificates (by the online issuing CA). Each {@link Profile} fixes the
 * extensions (RFC 5280 §4.2).
 */
public final class CertificateIssuer {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a certificate's key is for, which decides its extensions. */
    public enum Profile {
        /** The offline county root: CA with pathLenConstraint 1, keyCertSign and cRLSign. */
        ROOT_CA,
        /** The online issuing CA under the root: CA with pathLenConstraint 0, keyCertSign and cRLSign. */
        ISSUING_CA,
        /** A seal maker or seal signer: not a CA, digitalSignature and nonRepudiation. */
        SIGNER,
        /** A time-stamp authority: as a signer, plus the critical extended key usage timeStamping. */
        TIME_STAMPING;

        boolean isCa() {
            return this == ROOT_CA || this == ISSUING_CA;
        }
    }

    private final SealKeyStore keyStore;
    private final String issuerAlias;
    private final byte[] issuerCertificate;

    /**
     * An issuer whose key is {@code issuerAlias} in {@code keyStore}; {@code issuerCertificate} is its
     * certificate (DER), or null when the issuer signs its own, self-signed root certificate.
     */
    public CertificateIssuer(SealKeyStore keyStore, String issuerAlias, byte[] issuerCertificate) {
        this.keyStore = keyStore;
        this.issuerAlias = issuerAlias;
        this.issuerCertificate = issuerCertificate == null ? null : issuerCertificate.clone();
    }

    /**
     * Issues a certificate for {@code publicKey} (SubjectPublicKeyInfo, DER).
     *
     * @param crlDistributionPoint named in certificates that are not CAs (RFC 5280 §4.2.1.13); null for none
     */
    public byte[] issue(X500Name subject, byte[] publicKey, Instant notBefore, Instant notAfter, Profile profile,
            URI crlDistributionPoint) {
        try {
            SubjectPublicKeyInfo subjectKey = SubjectPublicKeyInfo.getInstance(publicKey);
            X500Name issuer = issuerCertificate == null ? subject
                    : new X509CertificateHolder(issuerCertificate).getSubject();
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer,
                    new BigInteger(127, RANDOM).setBit(126), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKey);
            BcX509ExtensionUtils extensions = new BcX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, switch (profile) {
                case ROOT_CA -> new BasicConstraints(1);
                case ISSUING_CA -> new BasicConstraints(0);
                default -> new BasicConstraints(false);
            });
            builder.addExtension(Extension.keyUsage, true, profile.isCa()
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (profile == Profile.TIME_STAMPING) {
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            if (!profile.isCa() && crlDistributionPoint != null) {
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
}
