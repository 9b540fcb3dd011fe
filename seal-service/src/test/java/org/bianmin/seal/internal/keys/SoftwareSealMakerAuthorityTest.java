package org.bianmin.seal.internal.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.time.temporal.ChronoUnit;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareSealMakerAuthorityTest {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @TempDir
    Path directory;

    @Test
    void issuesSm2SignerCertificatesChainedThroughTheIssuingCaToTheRootWithSigningKeyUsage() throws Exception {
        Pkcs12SealKeyStore store = new Pkcs12SealKeyStore(directory.resolve("k.p12"), "pw".toCharArray());
        SoftwareSealMakerAuthority authority = new SoftwareSealMakerAuthority(store, "泸定县电子印章制作中心",
                TimeSource.system());
        X509Certificate root = parse(authority.caCertificates().get(0));
        X509Certificate issuing = parse(authority.caCertificates().get(1));
        assertArrayEquals(authority.issuingCertificate(), issuing.getEncoded());
        X509Certificate maker = parse(authority.makerCertificate());
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] key = store.generate("seal-1");
        X509Certificate signer = parse(authority.issueSignerCertificate("泸定县兴隆镇人民政府审批服务专用章", key, from,
                from.plus(365, ChronoUnit.DAYS)));

        root.verify(root.getPublicKey(), BC);
        issuing.verify(root.getPublicKey(), BC);
        maker.verify(issuing.getPublicKey(), BC);
        signer.verify(issuing.getPublicKey(), BC);
        assertEquals(issuing.getSubjectX500Principal(), signer.getIssuerX500Principal());
        assertEquals("1.2.156.10197.1.501", signer.getSigAlgOID());
        assertEquals(1, root.getBasicConstraints(), "root is a CA with one CA below it");
        assertEquals(0, issuing.getBasicConstraints(), "the issuing CA issues end certificates only");
        assertTrue(root.getKeyUsage()[5] && root.getKeyUsage()[6], "root: keyCertSign and cRLSign");
        assertTrue(issuing.getKeyUsage()[5] && issuing.getKeyUsage()[6], "issuing CA: keyCertSign and cRLSign");
        assertEquals(-1, signer.getBasicConstraints(), "signer is not a CA");
        boolean[] usage = signer.getKeyUsage();
        assertTrue(usage[0] && usage[1], "digitalSignature and nonRepudiation");
        assertFalse(usage[5], "no keyCertSign");
        assertTrue(maker.getKeyUsage()[0] && maker.getKeyUsage()[1]);
        assertTrue(signer.getSubjectX500Principal().getName().contains("审批服务专用章"));
        assertEquals(from, signer.getNotBefore().toInstant());
        assertArrayEquals(key, signer.getPublicKey().getEncoded());
    }

    @Test
    void theMakerSignsSealInfoAndSurvivesARestart() throws Exception {
        Path file = directory.resolve("k.p12");
        SoftwareSealMakerAuthority first = new SoftwareSealMakerAuthority(
                new Pkcs12SealKeyStore(file, "pw".toCharArray()), "泸定县", TimeSource.system());
        SoftwareSealMakerAuthority second = new SoftwareSealMakerAuthority(
                new Pkcs12SealKeyStore(file, "pw".toCharArray()), "泸定县", TimeSource.system());
        assertArrayEquals(first.makerCertificate(), second.makerCertificate());
        assertArrayEquals(first.caCertificates().get(0), second.caCertificates().get(0));
        assertArrayEquals(first.issuingCertificate(), second.issuingCertificate());

        byte[] sealInfo = {0x30, 0x03, 0x02, 0x01, 0x04};
        byte[] signature = second.signSealInfo(sealInfo);
        X509Certificate maker = parse(first.makerCertificate());
        assertTrue(Pkcs12SealKeyStoreTest.verify(maker.getPublicKey().getEncoded(), sealInfo, signature));
    }

    @Test
    void refusesInvertedValidityAndForeignKeys() {
        Pkcs12SealKeyStore store = new Pkcs12SealKeyStore(directory.resolve("k.p12"), "pw".toCharArray());
        SoftwareSealMakerAuthority authority = new SoftwareSealMakerAuthority(store, "泸定县", TimeSource.system());
        byte[] key = store.generate("s");
        Instant now = Instant.now();
        assertEquals(ErrorCode.SEAL_VALIDITY_INVALID, assertThrows(BianminException.class,
                () -> authority.issueSignerCertificate("x", key, now, now)).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> authority.issueSignerCertificate("x", new byte[] {0x30, 0x00}, now, now.plusSeconds(5))).code());
    }

    /** Configured, every certificate issued names where the CRL is served (RFC 5280 §4.2.1.13); the root does not. */
    @Test
    void issuedCertificatesNameTheCrlDistributionPointWhenOneIsConfigured() throws Exception {
        Pkcs12SealKeyStore store = Pkcs12SealKeyStore.inMemory();
        SoftwareSealMakerAuthority authority = new SoftwareSealMakerAuthority(store, "泸定县电子印章制作中心",
                TimeSource.system(), java.net.URI.create("https://bianmin.luding.example/api/ca/crl"));
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X509Certificate signer = parse(authority.issueSignerCertificate("泸定县兴隆镇人民政府审批服务专用章",
                store.generate("seal-1"), from, from.plus(365, ChronoUnit.DAYS)));

        assertEquals(List.of("https://bianmin.luding.example/api/ca/crl"), distributionPoints(signer));
        assertEquals(List.of("https://bianmin.luding.example/api/ca/crl"),
                distributionPoints(parse(authority.makerCertificate())));
        assertEquals(List.of(), distributionPoints(parse(authority.caCertificates().get(0))), "not in the root");
        assertEquals(List.of(), distributionPoints(parse(authority.issuingCertificate())), "nor in the issuing CA");
        SoftwareSealMakerAuthority without = new SoftwareSealMakerAuthority(Pkcs12SealKeyStore.inMemory(), "泸定县",
                TimeSource.system());
        assertEquals(List.of(), distributionPoints(parse(without.makerCertificate())));
        org.bianmin.core.BianminException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                org.bianmin.core.BianminException.class, () -> new SoftwareSealMakerAuthority(
                        Pkcs12SealKeyStore.inMemory(), "泸定县", TimeSource.system(), java.net.URI.create("ldap://ca")));
        assertEquals(org.bianmin.core.ErrorCode.CONFIGURATION_INVALID, wrong.code());
    }

    /** The URLs of a certificate's CRL distribution points. */
    private static List<String> distributionPoints(X509Certificate certificate) throws Exception {
        byte[] value = certificate.getExtensionValue(org.bouncycastle.asn1.x509.Extension.cRLDistributionPoints.getId());
        if (value == null) {
            return List.of();
        }
        org.bouncycastle.asn1.x509.CRLDistPoint points = org.bouncycastle.asn1.x509.CRLDistPoint.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(value).getOctets());
        List<String> urls = new java.util.ArrayList<>();
        for (org.bouncycastle.asn1.x509.DistributionPoint point : points.getDistributionPoints()) {
            for (org.bouncycastle.asn1.x509.GeneralName name : org.bouncycastle.asn1.x509.GeneralNames.getInstance(
                    point.getDistributionPoint().getName()).getNames()) {
                urls.add(name.getName().toString());
            }
        }
        return urls;
    }

    private static X509Certificate parse(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                .generateCertificate(new java.io.ByteArrayInputStream(der));
    }
}
