package org.bianmin.seal.internal.revocation;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.internal.keys.SoftwareSealMakerAuthority;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.testing.CountingDataSource;
import org.bianmin.testing.TestDatabase;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county CA's CRL (RFC 5280 §5), read back with the JCA (Bouncy Castle's provider, not the code
 * that wrote it): signed by the root, numbered upwards, revoked seals listed with their effective
 * time as invalidityDate, suspended ones on hold until they are resumed.
 */
class RevocationListIssuerTest {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @TempDir
    Path directory;

    private RegistryFixture fixture;
    private RevocationListIssuer issuer;

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(directory, mock(AuditTrail.class));
        issuer = new RevocationListIssuer(fixture.store, fixture.keys, SoftwareSealMakerAuthority.ISSUING_ALIAS,
                fixture.authority.issuingCertificate(), fixture.clock, Duration.ofHours(6));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void revokedAndSuspendedSealsAreListedAndAResumedOneDropsOff() throws Exception {
        Seal xinglong = fixture.activeSeal(fixture.xinglongRequest());
        Seal lengqi = fixture.activeSeal(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心"));
        fixture.advance(Duration.ofDays(10));
        Instant lostSince = fixture.now.get().minus(Duration.ofDays(2));
        fixture.revoke(xinglong.esId(), "key lost", lostSince);
        Instant revokedAt = fixture.now.get();
        fixture.advance(Duration.ofHours(1));
        fixture.registry.suspend(lengqi.esId(), APPROVER, "挂失");
        Instant suspendedAt = fixture.now.get();

        X509CRL first = crl(issuer.issue());

        first.verify(certificate(fixture.authority.issuingCertificate()).getPublicKey(), BC);
        assertEquals(certificate(fixture.authority.issuingCertificate()).getSubjectX500Principal(),
                first.getIssuerX500Principal());
        assertEquals(2, first.getVersion());
        assertEquals(Date.from(suspendedAt), first.getThisUpdate());
        assertEquals(Date.from(suspendedAt.plus(Duration.ofHours(6))), first.getNextUpdate());
        assertEquals(2, first.getRevokedCertificates().size());

        X509CRLEntry revoked = first.getRevokedCertificate(signer(xinglong));
        assertEquals(Date.from(revokedAt), revoked.getRevocationDate());
        assertEquals(lostSince, invalidityDate(revoked));
        assertNull(revoked.getExtensionValue(Extension.reasonCode.getId()), "no hold on a revocation");
        X509CRLEntry held = first.getRevokedCertificate(signer(lengqi));
        assertEquals(CRLReason.certificateHold, reason(held));
        assertEquals(suspendedAt, invalidityDate(held));

        fixture.advance(Duration.ofHours(1));
        fixture.resume(lengqi.esId(), "找回");
        X509CRL second = crl(issuer.issue());
        assertTrue(number(second).compareTo(number(first)) > 0, "cRLNumber grows: " + number(first) + " then "
                + number(second));
        assertEquals(1, second.getRevokedCertificates().size());
        assertFalse(second.isRevoked(certificate(fixture.registry.signerCertificate(lengqi.esId()))),
                "a resumed seal is taken off hold");
        assertTrue(second.isRevoked(certificate(fixture.registry.signerCertificate(xinglong.esId()))));
    }

    @Test
    void aRegistryWithNothingRevokedPublishesAnEmptySignedList() throws Exception {
        fixture.activeSeal(fixture.xinglongRequest());
        X509CRL crl = crl(issuer.issue());
        crl.verify(certificate(fixture.authority.issuingCertificate()).getPublicKey(), BC);
        assertNull(crl.getRevokedCertificates());
        assertEquals(BigInteger.ONE, number(crl));
    }

    /** The published list is issued again only when what it lists changed or half its time has passed. */
    @Test
    void theCurrentListIsReissuedOnlyWhenTheRegistryChangesOrItAges() throws Exception {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        byte[] first = issuer.currentList();
        fixture.advance(Duration.ofHours(1));
        assertArrayEquals(first, issuer.currentList(), "nothing changed, an hour later: the same list");

        fixture.registry.suspend(seal.esId(), APPROVER, "挂失");
        byte[] afterSuspension = issuer.currentList();
        assertEquals(BigInteger.TWO, number(crl(afterSuspension)));
        assertTrue(crl(afterSuspension).isRevoked(certificate(fixture.registry.signerCertificate(seal.esId()))));

        fixture.advance(Duration.ofHours(3)); // half of the 6 hours to nextUpdate
        X509CRL aged = crl(issuer.currentList());
        assertEquals(BigInteger.valueOf(3), number(aged));
        assertEquals(Date.from(fixture.now.get()), aged.getThisUpdate());
    }

    /**
     * Every verification of a county seal asks for the current list: an unchanged registry costs one
     * query however many seals it revoked, and a changed one a few, not one per seal.
     */
    @Test
    void theListIsReadInAFewQueriesWhateverTheNumberOfRevokedSeals() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            CountingDataSource counting = new CountingDataSource(database.dataSource());
            try (RegistryFixture counted = new RegistryFixture(directory.resolve("counted"), mock(AuditTrail.class),
                    counting.dataSource())) {
                RevocationListIssuer lists = new RevocationListIssuer(counted.store, counted.keys,
                        SoftwareSealMakerAuthority.ISSUING_ALIAS, counted.authority.issuingCertificate(),
                        counted.clock, Duration.ofHours(6));
                for (int i = 1; i <= 6; i++) {
                    Seal seal = counted.activeSeal(counted.xinglongRequest());
                    counted.revoke(seal.esId(), "第" + i + "枚更换", counted.now.get());
                    counted.advance(Duration.ofMinutes(1));
                }

                int before = counting.statements();
                assertEquals(6, crl(lists.currentList()).getRevokedCertificates().size());
                int changed = counting.statements() - before;
                assertTrue(changed <= 4, "the change count, the seals, their transitions, the cRLNumber: " + changed);

                before = counting.statements();
                assertEquals(6, crl(lists.currentList()).getRevokedCertificates().size());
                assertEquals(1, counting.statements() - before, "nothing changed: only the change count is read");

                Seal seventh = counted.activeSeal(counted.xinglongRequest());
                counted.registry.suspend(seventh.esId(), APPROVER, "挂失");
                before = counting.statements();
                X509CRL after = crl(lists.currentList());
                assertEquals(7, after.getRevokedCertificates().size(), "the suspension is listed at once");
                assertTrue(counting.statements() - before <= 4, "read again: " + (counting.statements() - before));
            }
        }
    }

    @Test
    void aNonPositiveValidityIsAConfigurationError() {
        BianminException e = assertThrows(BianminException.class, () -> new RevocationListIssuer(fixture.store,
                fixture.keys, SoftwareSealMakerAuthority.ISSUING_ALIAS, fixture.authority.issuingCertificate(),
                fixture.clock, Duration.ZERO));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, e.code());
    }

    private BigInteger signer(Seal seal) throws Exception {
        return certificate(fixture.registry.signerCertificate(seal.esId())).getSerialNumber();
    }

    private static X509CRL crl(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509", BC).generateCRL(new ByteArrayInputStream(der));
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509", BC)
                .generateCertificate(new ByteArrayInputStream(der));
    }

    private static Instant invalidityDate(X509CRLEntry entry) throws Exception {
        return ASN1GeneralizedTime.getInstance(extension(entry.getExtensionValue(Extension.invalidityDate.getId())))
                .getDate().toInstant();
    }

    private static int reason(X509CRLEntry entry) throws Exception {
        return CRLReason.getInstance(extension(entry.getExtensionValue(Extension.reasonCode.getId())))
                .getValue().intValue();
    }

    private static BigInteger number(X509CRL crl) throws Exception {
        return ASN1Integer.getInstance(extension(crl.getExtensionValue(Extension.cRLNumber.getId()))).getValue();
    }

    /** The value of an extension as the JCA hands it out: an OCTET STRING around the DER. */
    private static ASN1Primitive extension(byte[] wrapped) throws Exception {
        return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(wrapped).getOctets());
    }
}
