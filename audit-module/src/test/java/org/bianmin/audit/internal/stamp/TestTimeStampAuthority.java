package org.bianmin.audit.internal.stamp;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;

/**
 * A time-stamp authority made for one test run, as a {@link TimeStampSource}: an SM2 CA, and an SM2
 * TSA certificate it issues with the critical extended key usage id-kp-timeStamping, both valid a
 * year from {@code now}; tokens (RFC 3161, SM3 imprint, signed SM3withSM2 by Bouncy Castle's
 * generator) are dated by a clock that steps one second per token.
 *
 * <p>{@link #withoutTimeStampingPurpose} makes the authority of a mis-issued certificate: its
 * tokens carry a certificate of the same issuer, serial and key but without that key usage.
 */
public final class TestTimeStampAuthority implements TimeStampSource {
    private static final Provider BC = new BouncyCastleProvider();
    private static final DigestCalculatorProvider DIGESTS = new BcDigestCalculatorProvider();
    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.2.156.513322.1.3");

    private final X509CertificateHolder ca;
    private final X509CertificateHolder tsa;
    private final X509CertificateHolder carried;
    private final KeyPair tsaKeys;
    private final Instant now;
    private final AtomicLong serials = new AtomicLong();

    private TestTimeStampAuthority(Instant now, boolean timeStampingPurpose) {
        try {
            this.now = now;
            KeyPair caKeys = sm2Keys();
            this.tsaKeys = sm2Keys();
            X500Name caName = new X500Name("CN=Test County CA,O=Luding County,C=CN");
            this.ca = certificate(caName, caName, caKeys, caKeys, BigInteger.ONE, true, false);
            X500Name tsaName = new X500Name("CN=Test County TSA,O=Luding County,C=CN");
            this.tsa = certificate(tsaName, caName, tsaKeys, caKeys, BigInteger.TWO, false, true);
            this.carried = timeStampingPurpose ? tsa
                    : certificate(tsaName, caName, tsaKeys, caKeys, BigInteger.TWO, false, false);
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An authority whose certificates are valid from {@code now}. */
    public static TestTimeStampAuthority at(Instant now) {
        return new TestTimeStampAuthority(now, true);
    }

    /** An authority whose tokens carry a TSA certificate without id-kp-timeStamping. */
    public static TestTimeStampAuthority withoutTimeStampingPurpose(Instant now) {
        return new TestTimeStampAuthority(now, false);
    }

    @Override
    public byte[] timeStamp(byte[] sm3Imprint) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SM3withSM2").setProvider(BC).build(tsaKeys.getPrivate());
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(new SignerInfoGeneratorBuilder(DIGESTS)
                    .build(signer, tsa), DIGESTS.get(new AlgorithmIdentifier(GMObjectIdentifiers.sm3)), POLICY);
            generator.addCertificates(new CollectionStore<>(List.of(carried)));
            long serial = serials.incrementAndGet();
            TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            TimeStampRequest request = requests.generate(GMObjectIdentifiers.sm3, sm3Imprint);
            return generator.generate(request, BigInteger.valueOf(serial), Date.from(now.plusSeconds(serial)))
                    .getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("the test TSA cannot stamp: " + e.getMessage(), e);
        }
    }

    /** The CA certificate, PEM. */
    public String caPem() {
        return pem(ca);
    }

    /** The TSA certificate, PEM. */
    public String tsaPem() {
        return pem(tsa);
    }

    private static String pem(X509CertificateHolder certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static KeyPair sm2Keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        return generator.generateKeyPair();
    }

    private X509CertificateHolder certificate(X500Name subject, X500Name issuer, KeyPair subjectKeys, KeyPair issuerKeys,
            BigInteger serial, boolean authority, boolean timeStamping)
            throws IOException, org.bouncycastle.operator.OperatorCreationException {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial,
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject,
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (timeStamping) {
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return builder.build(new JcaContentSignerBuilder("SM3withSM2").setProvider(BC).build(issuerKeys.getPrivate()));
    }
}
