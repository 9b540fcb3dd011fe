package org.bianmin.seal.internal.registry;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CLERK;
import static org.bianmin.seal.internal.registry.RegistryFixture.MAKER;
import static org.bianmin.seal.internal.registry.RegistryFixture.XINGLONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.spi.OutboxRecord;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealRequest;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealTransition;
import org.bianmin.seal.internal.format.ElectronicSeal;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.keys.Sm2;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

class SealRegistryComponentTest {
    @TempDir
    Path directory;

    private AuditTrail trail;
    private RegistryFixture fixture;
    private SealRegistryComponent registry;

    @BeforeEach
    void open() {
        trail = mock(AuditTrail.class);
        fixture = new RegistryFixture(directory, trail);
        registry = fixture.registry;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSealGoesThroughItsWholeLifecycleAndEveryStepIsRecordedAndAudited() {
        Seal requested = registry.request(fixture.xinglongRequest());
        String esId = requested.esId();
        assertEquals("51332200000001", esId);
        assertEquals(SealState.REQUESTED, requested.state());

        fixture.advance(Duration.ofHours(1));
        Seal approved = registry.approve(esId, APPROVER);
        assertEquals(APPROVER, approved.approvedBy());
        registry.make(esId, MAKER);
        registry.activate(esId, MAKER);
        registry.suspend(esId, MAKER, "seal key card reported lost");
        fixture.resume(esId, "card found");
        fixture.advance(Duration.ofDays(10));
        Instant lostSince = fixture.now.get().minus(Duration.ofDays(2));
        fixture.revoke(esId, "centre merged", lostSince);
        String alias = SealMaker.keyAlias(esId);
        assertTrue(fixture.keys.contains(alias));
        Seal destroyed = registry.destroy(esId, APPROVER, "retired");

        assertEquals(SealState.DESTROYED, destroyed.state());
        assertFalse(fixture.keys.contains(alias), "the key is destroyed");
        assertTrue(registry.sealStructure(esId).length > 0, "the record is kept");
        List<SealTransition> history = registry.history(esId);
        assertEquals(List.of(SealState.REQUESTED, SealState.APPROVED, SealState.MADE, SealState.ACTIVE,
                SealState.SUSPENDED, SealState.ACTIVE, SealState.REVOKED, SealState.DESTROYED),
                history.stream().map(SealTransition::to).toList());
        assertNull(history.get(0).from());
        assertEquals(SealState.SUSPENDED, history.get(5).from());
        assertEquals(CLERK, history.get(0).actor());
        assertEquals(APPROVER, history.get(1).actor());
        assertEquals(APPROVER, history.get(5).actor(), "the approver who confirmed the resumption");
        assertEquals("seal key card reported lost", history.get(4).reason());
        assertEquals(lostSince, history.get(6).effectiveAt());
        assertEquals(RegistryFixture.START.plus(Duration.ofHours(1)), history.get(1).at());

        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(trail, times(12)).append(events.capture());
        AuditEventType proposalStep = AuditEventType.ADMINISTRATION;
        assertEquals(List.of(AuditEventType.SEAL_REQUESTED, AuditEventType.SEAL_APPROVED, AuditEventType.SEAL_MADE,
                AuditEventType.SEAL_ACTIVATED, AuditEventType.SEAL_SUSPENDED, proposalStep, proposalStep,
                AuditEventType.SEAL_RESUMED, proposalStep, proposalStep, AuditEventType.SEAL_REVOKED,
                AuditEventType.SEAL_DESTROYED),
                events.getAllValues().stream().map(AuditEvent::type).toList());
        assertEquals(esId, events.getAllValues().get(4).subject());
        assertEquals("seal key card reported lost", events.getAllValues().get(4).details().get("reason"));

        assertEquals(SealState.ACTIVE, registry.stateAt(esId, lostSince.minusSeconds(1)));
        assertEquals(SealState.REVOKED, registry.stateAt(esId, lostSince));
        assertEquals(SealState.DESTROYED, registry.stateAt(esId, fixture.now.get()));
    }

    @Test
    void aSignatureInTheSecondOfActivationCountsAsActiveAlthoughItsTimeIsTruncated() {
        Seal seal = registry.request(fixture.xinglongRequest());
        registry.approve(seal.esId(), APPROVER);
        registry.make(seal.esId(), MAKER);
        fixture.advance(Duration.ofMillis(1500));
        registry.activate(seal.esId(), MAKER);
        Instant activatedAt = registry.history(seal.esId()).get(3).effectiveAt();
        Instant claimedBySigner = activatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        assertTrue(claimedBySigner.isBefore(activatedAt), "the activation fell inside a second");
        assertEquals(SealState.ACTIVE, registry.stateAt(seal.esId(), claimedBySigner));
        assertEquals(SealState.MADE, registry.stateAt(seal.esId(), claimedBySigner.minusMillis(1)));
    }

    @Test
    void madeSealsAreGbt38540SealsSignedByTheMakerWithTheirPictureAndSignerCertificate() throws Exception {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());

        ElectronicSeal parsed = SealFormatReader.readSeal(registry.sealStructure(seal.esId()));
        assertEquals(4, parsed.getFormatVersion());
        assertEquals(seal.esId(), parsed.getSealInfo().getEsId());
        assertEquals("BIANMIN", parsed.getSealInfo().getHeader().getVid());
        assertEquals(seal.name(), parsed.getSealInfo().getProperty().getName());
        assertEquals(1, parsed.getSealInfo().getProperty().getType());
        assertEquals(1, parsed.getSealInfo().getProperty().getCertListType());
        assertArrayEquals(registry.signerCertificate(seal.esId()),
                parsed.getSealInfo().getProperty().getCertList().getCertificates().get(0));
        assertEquals(seal.validTo(), parsed.getSealInfo().getProperty().getValidEnd());
        assertEquals("png", parsed.getSealInfo().getPicture().getType());
        assertEquals(42, parsed.getSealInfo().getPicture().getWidth());
        assertArrayEquals(registry.picturePng(seal.esId()), parsed.getSealInfo().getPicture().getData());
        assertTrue(registry.pictureSvg(seal.esId()).contains("viewBox=\"0 0 42 42\""));
        assertEquals("1.2.156.10197.1.501", parsed.getSignatureAlgorithm());
        assertArrayEquals(fixture.authority.makerCertificate(), parsed.getMakerCertificate());

        SM2Signer verifier = new SM2Signer();
        verifier.init(false, new ParametersWithID(Sm2.publicKey(certificate(parsed.getMakerCertificate())
                .getPublicKey().getEncoded()), Sm2.DEFAULT_USER_ID));
        byte[] signed = parsed.getMakerSignedBytes();
        verifier.update(signed, 0, signed.length);
        assertTrue(verifier.verifySignature(parsed.getMakerSignature()), "the maker's signature verifies");

        X509Certificate signer = certificate(registry.signerCertificate(seal.esId()));
        signer.verify(certificate(fixture.authority.issuingCertificate()).getPublicKey(), new BouncyCastleProvider());
        assertArrayEquals(fixture.keys.publicKey(SealMaker.keyAlias(seal.esId())), signer.getPublicKey().getEncoded());
    }

    @Test
    void esIdsAreTheDivisionCodeAndAnEightDigitSequence() {
        Seal first = registry.request(fixture.xinglongRequest());
        Seal second = registry.request(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心"));
        assertEquals("51332200000001", first.esId());
        assertEquals("51332200000002", second.esId());
        assertTrue(second.esId().matches("\\d{14}"));
        assertEquals(2, registry.list(DivisionCode.LUDING).size());
        assertEquals(List.of(first), registry.list(XINGLONG));
    }

    @Test
    void theRequesterMayNeverApproveOrReject() {
        String esId = registry.request(fixture.xinglongRequest()).esId();
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.approve(esId, CLERK));
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.reject(esId, CLERK, "changed my mind"));

        assertEquals(SealState.REQUESTED, registry.get(esId).state());
        assertNull(registry.get(esId).approvedBy());
        assertEquals(1, fixture.count("seal_transition"));
        verify(trail, times(1)).append(any());
    }

    @Test
    void wrongStatesAreRefusedAndWriteNothing() {
        String esId = registry.request(fixture.xinglongRequest()).esId();
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.activate(esId, MAKER));
        String makeTooEarly = assertThrows(BianminException.class, () -> registry.make(esId, MAKER)).getMessage();
        assertTrue(makeTooEarly.contains("it has not been approved") && makeTooEarly.endsWith("allowed now: approve, reject"),
                makeTooEarly);
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.suspend(esId, MAKER, "lost"));
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.destroy(esId, MAKER, "old"));
        registry.reject(esId, APPROVER, "duplicate request");
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.approve(esId, APPROVER));
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.revoke(esId, APPROVER, "x", fixture.now.get()));
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.sealStructure(esId));
        registry.destroy(esId, APPROVER, "rejected requests are cleared");
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.destroy(esId, APPROVER, "again"));

        assertEquals(3, fixture.count("seal_transition"));
        assertFalse(fixture.keys.contains(SealMaker.keyAlias(esId)), "no key was generated by refused makes");
    }

    @Test
    void unknownSealsAreNotFound() {
        refused(ErrorCode.SEAL_NOT_FOUND, () -> registry.approve("51332299999999", APPROVER));
        refused(ErrorCode.SEAL_NOT_FOUND, () -> registry.get("51332299999999"));
        refused(ErrorCode.SEAL_NOT_FOUND, () -> registry.history("51332299999999"));
        assertTrue(registry.find("51332299999999").isEmpty());
        assertEquals(0, fixture.count("seal_transition"));
    }

    @Test
    void validityInThePastOrInvertedIsRefused() {
        Instant now = fixture.now.get();
        refused(ErrorCode.SEAL_VALIDITY_INVALID, () -> registry.request(new SealRequest("泸定县兴隆镇便民服务中心",
                XINGLONG, "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1)), CLERK)));
        refused(ErrorCode.SEAL_VALIDITY_INVALID, () -> registry.request(new SealRequest("泸定县兴隆镇便民服务中心",
                XINGLONG, "泸定县兴隆镇人民政府审批服务专用章", "审批专用章", now.plus(Duration.ofDays(30)), now, CLERK)));
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.request(fixture.request(DivisionCode.of("510101001"),
                "成都某中心")));
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.request(fixture.request(XINGLONG, "泸".repeat(41))));
        assertEquals(0, fixture.count("seal_seal"));
        assertEquals(0, fixture.count("seal_transition"));
        verify(trail, times(0)).append(any());
    }

    @Test
    void aCentreHasAtMostOneLiveApprovalSeal() {
        Seal first = fixture.activeSeal(fixture.xinglongRequest());
        String second = registry.request(fixture.xinglongRequest()).esId();
        registry.approve(second, APPROVER);
        registry.make(second, MAKER);
        refused(ErrorCode.SEAL_ALREADY_ACTIVE_FOR_CENTRE, () -> registry.activate(second, MAKER));
        registry.suspend(first.esId(), MAKER, "lost");
        refused(ErrorCode.SEAL_ALREADY_ACTIVE_FOR_CENTRE, () -> registry.activate(second, MAKER));
        assertEquals(SealState.MADE, registry.get(second).state());

        registry.revoke(first.esId(), APPROVER, "replaced", fixture.now.get());
        assertEquals(SealState.ACTIVE, registry.activate(second, MAKER).state());
        Seal lengqi = fixture.activeSeal(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心"));
        assertEquals(SealState.ACTIVE, lengqi.state(), "another centre is not affected");
    }

    @Test
    void subSealsAreNumberedOneTwoThreeAndNumbersAreNeverReused() {
        Seal centre = fixture.activeSeal(fixture.xinglongRequest());
        Seal one = registry.requestSubSeal(sub(centre, "泸定县兴隆镇沙坝便民服务站"));
        Seal two = registry.requestSubSeal(sub(centre, "泸定县兴隆镇化林便民服务站"));
        Seal three = registry.requestSubSeal(sub(centre, "泸定县兴隆镇和平便民服务站"));
        assertEquals(List.of(1, 2, 3), List.of(one.number(), two.number(), three.number()));
        assertEquals(centre.name() + "(2)", two.name());
        assertEquals(centre.esId(), two.parentEsId());
        assertTrue(two.isSubSeal());

        registry.approve(two.esId(), APPROVER);
        registry.make(two.esId(), MAKER);
        registry.activate(two.esId(), MAKER);
        assertEquals(centre.name() + "(2)", SealFormatReader.readSeal(registry.sealStructure(two.esId()))
                .getSealInfo().getProperty().getName());
        registry.revoke(two.esId(), APPROVER, "station closed", fixture.now.get());
        registry.reject(three.esId(), APPROVER, "not needed");

        Seal four = registry.requestSubSeal(sub(centre, "泸定县兴隆镇新站"));
        assertEquals(4, four.number());
        List<Seal> listed = registry.list(XINGLONG);
        assertEquals(centre.esId(), listed.get(0).esId(), "the centre seal first");
        assertEquals(List.of(0, 1, 2, 3, 4), listed.stream().map(Seal::number).toList());
    }

    @Test
    void subSealsAreIssuedOnlyForAnActiveApprovalSeal() {
        String requested = registry.request(fixture.xinglongRequest()).esId();
        refused(ErrorCode.SEAL_PARENT_NOT_ACTIVE_APPROVAL_SEAL, () -> registry.requestSubSeal(
                new org.bianmin.seal.SubSealRequest(requested, "站", XINGLONG, CLERK)));
        Seal centre = fixture.activeSeal(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心"));
        Seal one = registry.requestSubSeal(sub(centre, "泸定县冷碛镇站"));
        refused(ErrorCode.SEAL_PARENT_NOT_ACTIVE_APPROVAL_SEAL, () -> registry.requestSubSeal(sub(one, "子站")));
        registry.suspend(centre.esId(), MAKER, "lost");
        refused(ErrorCode.SEAL_PARENT_NOT_ACTIVE_APPROVAL_SEAL, () -> registry.requestSubSeal(sub(centre, "站2")));
        refused(ErrorCode.SEAL_NOT_FOUND, () -> registry.requestSubSeal(
                new org.bianmin.seal.SubSealRequest("51332299999999", "站", XINGLONG, CLERK)));

        assertEquals(3, fixture.count("seal_seal"));
        fixture.resume(centre.esId(), "found");
        assertEquals(2, registry.requestSubSeal(sub(centre, "站3")).number(), "refusals consumed no number");
    }

    @Test
    void revokingAnApprovalSealRevokesItsLiveSubSeals() {
        Seal centre = fixture.activeSeal(fixture.xinglongRequest());
        Seal one = registry.requestSubSeal(sub(centre, "沙坝站"));
        registry.approve(one.esId(), APPROVER);
        registry.make(one.esId(), MAKER);
        registry.activate(one.esId(), MAKER);
        Seal two = registry.requestSubSeal(sub(centre, "化林站"));

        registry.revoke(centre.esId(), APPROVER, "seal replaced", fixture.now.get());

        assertEquals(SealState.REVOKED, registry.get(one.esId()).state());
        assertEquals(SealState.REQUESTED, registry.get(two.esId()).state());
        refused(ErrorCode.SEAL_PARENT_NOT_ACTIVE_APPROVAL_SEAL, () -> {
            registry.approve(two.esId(), APPROVER);
            registry.make(two.esId(), MAKER);
        });
    }

    @Test
    void revocationCannotTakeEffectInTheFuture() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.revoke(seal.esId(), APPROVER, "later",
                fixture.now.get().plusSeconds(60)));
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.revoke(seal.esId(), APPROVER, " ", fixture.now.get()));
        assertEquals(SealState.ACTIVE, registry.get(seal.esId()).state());
    }

    @Test
    void anAuditTrailThatIsDownLeavesTheEventInTheOutboxUntilItIsBack() {
        when(trail.append(any())).thenThrow(new BianminException(ErrorCode.STORAGE_FAILURE, "audit store down"))
                .thenReturn(null);
        Seal requested = registry.request(fixture.xinglongRequest());
        assertEquals(1, fixture.count("seal_seal"), "the request committed with its event");
        List<OutboxRecord> waiting = fixture.pendingAudit();
        assertEquals(1, waiting.size());
        assertEquals(AuditEventType.SEAL_REQUESTED, waiting.get(0).event().type());
        assertEquals(requested.esId(), waiting.get(0).event().subject());

        assertEquals(1, trail.integrate(fixture.store.auditOutbox()), "the trail is back");
        assertEquals(List.of(), fixture.pendingAudit());
        verify(trail, times(2)).append(org.mockito.ArgumentMatchers.<AuditEvent>argThat(
                e -> e.subject().equals(requested.esId())));
    }

    @Test
    void aRefusedOperationLeavesNothingInTheOutbox() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        clearInvocations(trail);
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.activate(seal.esId(), APPROVER));
        assertEquals(List.of(), fixture.pendingAudit());
        verify(trail, never()).integrate(any());
    }

    @Test
    void custodyIsGrantedBySomeoneElseAndCanBeWithdrawn() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        Actor operator = Actor.of("xinglong.window.liu");
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.proposeCustody(seal.esId(), operator, operator,
                null));
        fixture.grantCustody(seal.esId(), operator);
        fixture.grantCustody(seal.esId(), operator);
        assertEquals(2, fixture.count("seal_custody"), "fixture grant + one grant; the repeat changed nothing");
        registry.withdrawCustody(seal.esId(), operator, APPROVER);
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.withdrawCustody(seal.esId(), operator, APPROVER));
    }

    /** A seal's grants are listed held and withdrawn; an operator's custody holds only the grants not withdrawn. */
    @Test
    void custodyIsListedBySealAndByOperator() {
        Seal xinglong = fixture.activeSeal(fixture.xinglongRequest());
        Seal lengqi = fixture.activeSeal(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心"));
        Actor operator = Actor.of("xinglong.window.liu");
        fixture.advance(Duration.ofHours(1)); // after the custodian's grant that activeSeal made
        fixture.grantCustody(xinglong.esId(), operator);
        fixture.advance(Duration.ofHours(1));
        fixture.grantCustody(lengqi.esId(), operator);
        assertEquals(List.of(xinglong.esId(), lengqi.esId()),
                registry.inCustodyOf(operator).stream().map(Seal::esId).toList());

        fixture.advance(Duration.ofHours(1));
        registry.withdrawCustody(xinglong.esId(), operator, MAKER);
        assertEquals(List.of(lengqi.esId()), registry.inCustodyOf(operator).stream().map(Seal::esId).toList());
        assertEquals(List.of(), registry.inCustodyOf(Actor.of("nobody.holds.any")));

        List<org.bianmin.seal.CustodyGrant> grants = registry.custody(xinglong.esId());
        assertEquals(List.of(RegistryFixture.CUSTODIAN, operator),
                grants.stream().map(org.bianmin.seal.CustodyGrant::operator).toList(), grants::toString);
        assertTrue(grants.get(0).holds(), grants::toString);
        org.bianmin.seal.CustodyGrant withdrawn = grants.get(1);
        assertFalse(withdrawn.holds(), withdrawn::toString);
        assertEquals(APPROVER, withdrawn.grantedBy());
        assertEquals(MAKER, withdrawn.withdrawnBy());
        assertTrue(withdrawn.withdrawnAt().isAfter(withdrawn.grantedAt()), withdrawn::toString);
        refused(ErrorCode.SEAL_NOT_FOUND, () -> registry.custody("513322999999999"));
    }

    private static org.bianmin.seal.SubSealRequest sub(Seal parent, String site) {
        return new org.bianmin.seal.SubSealRequest(parent.esId(), site, parent.ownerDivision(), CLERK);
    }

    static void refused(ErrorCode code, Executable action) {
        assertEquals(code, assertThrows(BianminException.class, action).code());
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509", new BouncyCastleProvider())
                .generateCertificate(new java.io.ByteArrayInputStream(der));
    }
}
