package org.bianmin.seal.internal.archive;

import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.EvidenceRecordArchive;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.internal.persistence.EvidenceRecordEntity;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.tsa.CountyTimeStampAuthority;
import org.bouncycastle.asn1.tsp.EvidenceRecord;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bianmin.seal.internal.verify.SmCrypto;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.ers.ERSByteData;
import org.bouncycastle.tsp.ers.ERSEvidenceRecord;
import org.bouncycastle.tsp.ers.ERSException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive time-stamps over the use register (RFC 4998) on the test database (H2, or PostgreSQL and
 * MariaDB with {@code -Dbianmin.test.db=…}), with the real county TSA and real SM2 keys. Every record
 * made is also checked by Bouncy Castle's own ERS verifier ({@code ERSEvidenceRecord}), which knows
 * nothing of this project: the signature's bytes are in the record's first hash tree and its time-stamp
 * verifies with the TSA certificate.
 */
class EvidenceRecordsTest {
    private static final Provider BC = new BouncyCastleProvider();
    private static final Actor ADMIN = Actor.of("county.archivist.zhou");

    @TempDir
    Path directory;

    private final AuditTrail trail = mock(AuditTrail.class);
    private RegistryFixture fixture;
    private Seal seal;
    private EvidenceRecords archive;

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(directory, trail);
        seal = fixture.activeSeal(fixture.xinglongRequest());
        archive = fixture.evidenceRecords(trail);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eachUseIsCoveredOnceInBoundedBatchesAndBouncyCastleAcceptsItsRecord() throws Exception {
        List<SealSignature> signatures = sign(3);

        assertEquals(2, archive.archive(2, ADMIN));
        assertEquals(1, archive.archive(10, ADMIN));
        assertEquals(0, archive.archive(10, ADMIN), "every use is covered already");

        assertEquals(3, fixture.count("seal_evidence_record"));
        verify(trail).append(argThat(event -> archived(event, "2")));
        verify(trail).append(argThat(event -> archived(event, "1")));
        for (SealSignature signature : signatures) {
            byte[] record = archive.evidenceRecord(seal.esId(), sm3Hex(signature.der())).orElseThrow();
            ERSEvidenceRecord bc = new ERSEvidenceRecord(record, new JcaDigestCalculatorProviderBuilder()
                    .setProvider(BC).build());
            bc.validatePresent(new ERSByteData(signature.der()), Date.from(fixture.now.get()));
            bc.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(bc.getSigningCertificate()));
            assertEquals("1.2.156.10197.1.401", new TimeStampToken(ArchiveTimeStamps.lastOf(EvidenceRecord
                    .getInstance(record)).getTimeStamp()).getTimeStampInfo().getMessageImprintAlgOID().getId(),
                    "the archive time-stamp is over an SM3 root");
        }
        byte[] first = archive.evidenceRecord(seal.esId(), sm3Hex(signatures.get(0).der())).orElseThrow();
        ERSEvidenceRecord other = new ERSEvidenceRecord(first, new JcaDigestCalculatorProviderBuilder()
                .setProvider(BC).build());
        assertThrows(ERSException.class, () -> other.validatePresent(new ERSByteData(signatures.get(2).der()),
                Date.from(fixture.now.get())), "the first batch's record does not hold the third signature");
    }

    @Test
    void theScheduledRunCoversAllThatWaitsInBoundedBatchesAsTheSystem() {
        sign(5);
        Actor system = Actor.of(EvidenceRecordsComponent.SYSTEM_ACTOR);

        assertArrayEquals(new int[] {5, 0}, archive.catchUp(2, system));

        assertEquals(5, fixture.count("seal_evidence_record"));
        verify(trail, times(2)).append(argThat(event -> event.actor().equals(system)
                && "evidence-records-archived".equals(event.details().get("action"))
                && "2".equals(event.details().get("uses"))));
        verify(trail).append(argThat(event -> event.actor().equals(system)
                && "1".equals(event.details().get("uses"))));
        assertArrayEquals(new int[] {0, 0}, archive.catchUp(2, system), "nothing waits, nothing is due");
    }

    @Test
    void aTimeStampAuthorityThatCannotAnswerLeavesNothingWritten() {
        sign(2);
        fixture.timeStamps.set(imprint -> {
            throw new BianminException(ErrorCode.TIMESTAMP_UNAVAILABLE, "the TSA is down");
        });

        BianminException e = assertThrows(BianminException.class, () -> archive.archive(10, ADMIN));

        assertEquals(ErrorCode.TIMESTAMP_UNAVAILABLE, e.code());
        assertEquals(0, fixture.count("seal_evidence_record"));
        verify(trail, never()).append(argThat(EvidenceRecordsTest::ofArchive));
    }

    @Test
    void aBatchOneOfWhoseUsesWasCoveredMeanwhileIsRefusedWholeAndTheOtherNodesRecordStands() {
        sign(3);
        CountyTimeStampAuthority tsa = fixture.tsa;
        List<byte[]> otherNode = new ArrayList<>();
        fixture.timeStamps.set(imprint -> {
            // another node covers the second use while this node's batch waits for its token
            String useId = fixture.store.inTransaction(em -> fixture.store.usesWithoutEvidenceRecord(em, 3).get(1)
                    .useId());
            byte[] record = ArchiveTimeStamps.cover(List.of(new byte[32]), tsa).get(0).der();
            otherNode.add(record);
            fixture.store.inTransaction(em -> {
                em.persist(new EvidenceRecordEntity(useId, record, fixture.now.get(), fixture.now.get()));
                return null;
            });
            return tsa.timeStamp(imprint);
        });

        BianminException e = assertThrows(BianminException.class, () -> archive.archive(10, ADMIN));

        assertEquals(ErrorCode.STORAGE_FAILURE, e.code());
        assertEquals(1, fixture.count("seal_evidence_record"), "only the other node's row");
        EvidenceRecordEntity row = fixture.store.inTransaction(em -> em.createQuery(
                "select e from EvidenceRecordEntity e", EvidenceRecordEntity.class).getSingleResult());
        assertArrayEquals(otherNode.get(0), row.evidenceRecord());
        verify(trail, never()).append(argThat(EvidenceRecordsTest::ofArchive));
    }

    @Test
    void recordsAreRenewedBeforeTheirTimeStampAuthoritysCertificateExpiresAndBouncyCastleAcceptsTheChain()
            throws Exception {
        SealSignature signature = sign(2).get(0);
        assertEquals(2, archive.archive(10, ADMIN));
        assertEquals(0, archive.renew(10, ADMIN), "five years before the TSA certificate expires nothing is due");

        fixture.now.set(fixture.now.get().plus(Duration.ofDays(5 * 366 - 170)));
        BianminException stale = assertThrows(BianminException.class, () -> archive.renew(10, ADMIN),
                "the old TSA's certificate is itself within the margin");
        assertEquals(ErrorCode.TIMESTAMP_INVALID, stale.code());
        fixture.timeStamps.set(fixture.newTsa("county-tsa-2031"));

        assertEquals(2, archive.renew(10, ADMIN));
        assertEquals(0, archive.renew(10, ADMIN), "renewed records are not due again");

        verify(trail).append(argThat(event -> "evidence-records-renewed".equals(event.details().get("action"))
                && "2".equals(event.details().get("records")) && event.actor().equals(ADMIN)));
        byte[] record = archive.evidenceRecord(seal.esId(), sm3Hex(signature.der())).orElseThrow();
        assertEquals(2, EvidenceRecord.getInstance(record).getArchiveTimeStampSequence()
                .getArchiveTimeStampChains()[0].getArchiveTimestamps().length, "one chain of two archive time-stamps");
        ERSEvidenceRecord bc = new ERSEvidenceRecord(record, new JcaDigestCalculatorProviderBuilder().setProvider(BC)
                .build());
        bc.validatePresent(new ERSByteData(signature.der()), Date.from(fixture.now.get()));
        bc.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(bc.getSigningCertificate()));
        X509CertificateHolder renewedBy = bc.getSigningCertificate();
        assertTrue(renewedBy.getNotAfter().toInstant().isAfter(fixture.now.get().plus(Duration.ofDays(4 * 365))),
                "the last archive time-stamp is by the new certificate");
    }

    @Test
    void aBatchSizeOutOfRangeAndAnUnknownSignatureAreAnsweredPlainly() {
        sign(1);
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> archive.archive(0, ADMIN)).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> archive.archive(EvidenceRecordArchive.MAX_BATCH + 1, ADMIN)).code());
        assertEquals(0, fixture.count("seal_evidence_record"));
        assertFalse(archive.evidenceRecord(seal.esId(), "00".repeat(32)).isPresent());
    }

    private List<SealSignature> sign(int count) {
        List<SealSignature> signatures = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            signatures.add(fixture.signer.sign(seal.esId(), ("兴隆镇 准予许可决定书 " + i).getBytes(StandardCharsets.UTF_8),
                    "泸兴审〔2026〕" + i + "号", CUSTODIAN));
            fixture.advance(Duration.ofMinutes(1));
        }
        return signatures;
    }

    private boolean archived(AuditEvent event, String uses) {
        return event.type() == AuditEventType.ADMINISTRATION && event.actor().equals(ADMIN)
                && "evidence-records-archived".equals(event.details().get("action"))
                && uses.equals(event.details().get("uses"));
    }

    private static boolean ofArchive(AuditEvent event) {
        return EvidenceRecords.SUBJECT.equals(event.subject());
    }

    static String sm3Hex(byte[] data) {
        return HexFormat.of().formatHex(SmCrypto.sm3(data));
    }

}
