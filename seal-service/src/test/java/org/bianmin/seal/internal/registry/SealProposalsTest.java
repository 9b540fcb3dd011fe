package org.bianmin.seal.internal.registry;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.bianmin.seal.internal.registry.RegistryFixture.MAKER;
import static org.bianmin.seal.internal.registry.SealRegistryComponentTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealProposal;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealTransition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Dual control for the acts that rewrite a seal's past or hand it to an operator (docs/requirements.md
 * C-SEAL): a back-dated revocation, a resumption after 挂失 and a custody grant are proposed by one
 * administrator and take effect only when a second person confirms them.
 */
class SealProposalsTest {
    /** A second seal administrator, who proposes; {@link RegistryFixture#APPROVER} confirms. */
    private static final Actor ADMIN = Actor.of("county.admin.wang");
    private static final Actor WINDOW = Actor.of("xinglong.window.liu");

    @org.junit.jupiter.api.io.TempDir
    Path directory;

    private AuditTrail trail;
    private RegistryFixture fixture;
    private SealRegistryComponent registry;
    private String esId;

    @BeforeEach
    void open() {
        trail = mock(AuditTrail.class);
        fixture = new RegistryFixture(directory, trail);
        registry = fixture.registry;
        esId = fixture.activeSeal(fixture.xinglongRequest()).esId();
        fixture.advance(Duration.ofDays(20));
        clearInvocations(trail);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aBackDatedRevocationTakesEffectOnlyWhenASecondPersonConfirmsIt() {
        Instant lostSince = fixture.now.get().minus(Duration.ofDays(3));
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.revoke(esId, ADMIN, "key lost", lostSince));
        SealProposal proposal = registry.proposeRevocation(esId, ADMIN, "key lost", lostSince);

        assertUnchanged(SealState.ACTIVE);
        assertEquals(SealState.ACTIVE, registry.stateAt(esId, lostSince.plusSeconds(1)));
        fixture.signer.sign(esId, document(), "泸兴审〔2026〕9号", CUSTODIAN);
        assertEquals(List.of(proposal), pending());
        assertEquals(SealState.ACTIVE, proposal.sealState());

        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.confirm(esId, proposal.id(), ADMIN));
        assertUnchanged(SealState.ACTIVE);
        fixture.advance(Duration.ofHours(2));
        SealProposal confirmed = registry.confirm(esId, proposal.id(), APPROVER);

        assertEquals(SealProposal.Status.CONFIRMED, confirmed.status());
        assertEquals(APPROVER, confirmed.decidedBy());
        assertEquals(fixture.now.get(), confirmed.decidedAt());
        assertEquals(SealState.REVOKED, registry.get(esId).state());
        SealTransition revocation = last();
        assertEquals(lostSince, revocation.effectiveAt(), "exactly the proposed effective time");
        assertEquals("key lost", revocation.reason());
        assertEquals(APPROVER, revocation.actor());
        assertEquals(fixture.now.get(), revocation.at());
        assertEquals(SealState.REVOKED, registry.stateAt(esId, lostSince));
        assertEquals(SealState.ACTIVE, registry.stateAt(esId, lostSince.minusMillis(1)));
    }

    @Test
    void confirmingARevocationOfAnApprovalSealRevokesItsLiveSubSealsToo() {
        Seal sub = registry.requestSubSeal(new org.bianmin.seal.SubSealRequest(esId, "泸定县兴隆镇沙坝便民服务站",
                RegistryFixture.XINGLONG, ADMIN));
        registry.approve(sub.esId(), APPROVER);
        registry.make(sub.esId(), MAKER);
        registry.activate(sub.esId(), MAKER);
        Instant since = fixture.now.get().minus(Duration.ofHours(5));

        registry.confirm(esId, registry.proposeRevocation(esId, ADMIN, "centre merged", since).id(), APPROVER);

        assertEquals(SealState.REVOKED, registry.get(sub.esId()).state());
        SealTransition subRevocation = registry.history(sub.esId()).get(4);
        assertEquals(since, subRevocation.effectiveAt());
        assertEquals("centre merged (approval seal " + esId + " revoked)", subRevocation.reason());
    }

    @Test
    void anImmediateRevocationStaysAOnePersonAct() {
        Instant now = fixture.now.get();
        Seal revoked = registry.revoke(esId, ADMIN, "seal stolen", null);

        assertEquals(SealState.REVOKED, revoked.state());
        assertEquals(now, last().effectiveAt(), "no effective time: now");
        assertEquals(ADMIN, last().actor());
        assertTrue(pending().isEmpty());

        String other = fixture.activeSeal(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心")).esId();
        fixture.advance(Duration.ofHours(1));
        Instant clientNow = fixture.now.get().minus(SealProposal.IMMEDIATE);
        registry.revoke(other, ADMIN, "seal stolen", clientNow);
        assertEquals(clientNow, registry.history(other).get(4).effectiveAt(), "a client's slightly late clock is now");
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.revoke(esId, ADMIN, "x",
                clientNow.minusMillis(1)));
    }

    @Test
    void aResumptionAfterSuspensionTakesEffectOnlyWhenASecondPersonConfirmsIt() {
        registry.suspend(esId, ADMIN, "key card reported lost");
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.resume(esId, ADMIN, "card found"));
        SealProposal proposal = registry.proposeResumption(esId, ADMIN, "card found");

        assertUnchanged(SealState.SUSPENDED);
        refused(ErrorCode.SEAL_NOT_ACTIVE, () -> fixture.signer.sign(esId, document(), "泸兴审〔2026〕9号", CUSTODIAN));
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.confirm(esId, proposal.id(), ADMIN));
        registry.confirm(esId, proposal.id(), APPROVER);

        assertEquals(SealState.ACTIVE, registry.get(esId).state());
        assertEquals(SealState.SUSPENDED, last().from());
        assertEquals("card found", last().reason());
        assertEquals(APPROVER, last().actor());
        fixture.signer.sign(esId, document(), "泸兴审〔2026〕9号", CUSTODIAN);
    }

    @Test
    void custodyIsGrantedOnlyWhenASecondPersonConfirmsIt() {
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.grantCustody(esId, WINDOW, ADMIN));
        long grants = fixture.count("seal_custody");
        SealProposal proposal = registry.proposeCustody(esId, WINDOW, ADMIN, "new window clerk");

        assertEquals(WINDOW, proposal.operator());
        assertEquals(grants, fixture.count("seal_custody"));
        refused(ErrorCode.SEAL_OPERATOR_NOT_AUTHORIZED, () -> fixture.signer.sign(esId, document(), "泸兴审〔2026〕9号",
                WINDOW));
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.confirm(esId, proposal.id(), ADMIN));
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.confirm(esId, proposal.id(), WINDOW));
        registry.confirm(esId, proposal.id(), APPROVER);

        assertEquals(grants + 1, fixture.count("seal_custody"));
        assertEquals(esId, fixture.signer.sign(esId, document(), "泸兴审〔2026〕9号", WINDOW).esId());
    }

    @Test
    void aProposalWhoseSealChangedMeanwhileIsRefusedAtConfirmation() {
        SealProposal revocation = registry.proposeRevocation(esId, ADMIN, "key lost",
                fixture.now.get().minus(Duration.ofDays(1)));
        SealProposal custody = registry.proposeCustody(esId, WINDOW, ADMIN, null);
        registry.suspend(esId, MAKER, "key card reported lost");

        refused(ErrorCode.SEAL_PROPOSAL_STALE, () -> registry.confirm(esId, revocation.id(), APPROVER));
        refused(ErrorCode.SEAL_PROPOSAL_STALE, () -> registry.confirm(esId, custody.id(), APPROVER));
        assertUnchanged(SealState.SUSPENDED);
        assertEquals(List.of(revocation, custody), pending(), "refusals write nothing");

        SealProposal resumption = registry.proposeResumption(esId, ADMIN, "card found");
        registry.revoke(esId, MAKER, "card was copied", null);
        String message = org.junit.jupiter.api.Assertions.assertThrows(BianminException.class,
                () -> registry.confirm(esId, resumption.id(), APPROVER)).getMessage();
        assertTrue(message.contains("was SUSPENDED") && message.contains("now REVOKED"), message);
        assertEquals(SealState.REVOKED, registry.get(esId).state());
    }

    @Test
    void aProposalCanBeRejectedWithAReasonOrWithdrawnByItsProposerAndThenNothingChanges() {
        registry.suspend(esId, ADMIN, "key card reported lost");
        SealProposal rejected = registry.proposeResumption(esId, ADMIN, "card found");
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.rejectProposal(esId, rejected.id(), ADMIN,
                "changed my mind"));
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.rejectProposal(esId, rejected.id(), APPROVER, " "));
        SealProposal decided = registry.rejectProposal(esId, rejected.id(), APPROVER, "card not seen");
        assertEquals(SealProposal.Status.REJECTED, decided.status());
        assertEquals("card not seen", decided.decisionReason());
        refused(ErrorCode.SEAL_PROPOSAL_CLOSED, () -> registry.confirm(esId, rejected.id(), APPROVER));

        SealProposal withdrawn = registry.proposeResumption(esId, ADMIN, "card found again");
        refused(ErrorCode.NOT_PERMITTED, () -> registry.withdrawProposal(esId, withdrawn.id(), MAKER, null));
        SealProposal gone = registry.withdrawProposal(esId, withdrawn.id(), ADMIN, null);
        assertEquals(SealProposal.Status.WITHDRAWN, gone.status());
        assertEquals(ADMIN, gone.decidedBy());
        assertNull(gone.decisionReason());
        refused(ErrorCode.SEAL_PROPOSAL_CLOSED, () -> registry.confirm(esId, withdrawn.id(), APPROVER));
        refused(ErrorCode.SEAL_PROPOSAL_CLOSED, () -> registry.rejectProposal(esId, withdrawn.id(), APPROVER, "x"));
        refused(ErrorCode.SEAL_PROPOSAL_CLOSED, () -> registry.withdrawProposal(esId, withdrawn.id(), ADMIN, null));

        assertUnchanged(SealState.SUSPENDED);
    }

    @Test
    void unknownProposalsAndThoseOfAnotherSealAreNotFound() {
        String other = fixture.activeSeal(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心")).esId();
        SealProposal ofOther = registry.proposeCustody(other, WINDOW, ADMIN, null);

        refused(ErrorCode.SEAL_PROPOSAL_NOT_FOUND, () -> registry.confirm(esId, ofOther.id(), APPROVER));
        refused(ErrorCode.SEAL_PROPOSAL_NOT_FOUND, () -> registry.confirm(esId, "no-such-proposal", APPROVER));
        refused(ErrorCode.SEAL_PROPOSAL_NOT_FOUND, () -> registry.rejectProposal(esId, null, APPROVER, "x"));
        refused(ErrorCode.SEAL_NOT_FOUND, () -> registry.confirm("51332299999999", ofOther.id(), APPROVER));
        refused(ErrorCode.SEAL_NOT_FOUND, () -> registry.proposals("51332299999999"));
        assertTrue(proposal(other, ofOther.id()).pending());
    }

    @Test
    void proposalsTheSealCannotTakeAreRefusedAndWriteNothing() {
        Instant now = fixture.now.get();
        long before = fixture.count("seal_proposal");
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.proposeRevocation(esId, ADMIN, "later", now.plusSeconds(1)));
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.proposeRevocation(esId, ADMIN, "too early",
                RegistryFixture.START.minusSeconds(1)));
        refused(ErrorCode.INVALID_ARGUMENT, () -> registry.proposeRevocation(esId, ADMIN, " ", now.minusSeconds(3600)));
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.proposeResumption(esId, ADMIN, "not suspended"));
        refused(ErrorCode.SEAL_DUAL_CONTROL_VIOLATION, () -> registry.proposeCustody(esId, ADMIN, ADMIN, null));
        String requested = registry.request(fixture.request(RegistryFixture.LENGQI, "泸定县冷碛镇便民服务中心")).esId();
        refused(ErrorCode.SEAL_WRONG_STATE, () -> registry.proposeCustody(requested, WINDOW, ADMIN, null));
        refused(ErrorCode.SEAL_NOT_FOUND, () -> registry.proposeResumption("51332299999999", ADMIN, "x"));

        assertEquals(before, fixture.count("seal_proposal"));
        verify(trail, times(1)).append(any());
    }

    @Test
    void eachStepIsAuditedAndTheChangeNamesTheProposalItCarriesOut() {
        Instant since = fixture.now.get().minus(Duration.ofDays(1));
        SealProposal withdrawn = registry.proposeCustody(esId, WINDOW, ADMIN, null);
        registry.withdrawProposal(esId, withdrawn.id(), ADMIN, "wrong clerk");
        SealProposal rejected = registry.proposeRevocation(esId, ADMIN, "key lost", since);
        registry.rejectProposal(esId, rejected.id(), APPROVER, "key was found");
        SealProposal confirmed = registry.proposeRevocation(esId, ADMIN, "key lost", since);
        registry.confirm(esId, confirmed.id(), APPROVER);

        ArgumentCaptor<AuditEvent> captured = ArgumentCaptor.forClass(AuditEvent.class);
        verify(trail, times(7)).append(captured.capture());
        List<AuditEvent> events = captured.getAllValues();
        assertEquals(List.of("proposal-made", "proposal-withdrawn", "proposal-made", "proposal-rejected",
                "proposal-made", "proposal-confirmed"),
                events.subList(0, 6).stream().map(event -> event.details().get("action")).toList());
        assertEquals(List.of(ADMIN, ADMIN, ADMIN, APPROVER, ADMIN, APPROVER),
                events.subList(0, 6).stream().map(AuditEvent::actor).toList());
        assertEquals(WINDOW.id(), events.get(0).details().get("operator"));
        assertEquals("wrong clerk", events.get(1).details().get("reason"));
        assertEquals(since.toString(), events.get(2).details().get("effectiveAt"));
        assertEquals("key was found", events.get(3).details().get("reason"));
        assertEquals(ADMIN.id(), events.get(5).details().get("proposedBy"));
        AuditEvent revocation = events.get(6);
        assertEquals(AuditEventType.SEAL_REVOKED, revocation.type());
        assertEquals(APPROVER, revocation.actor());
        Map<String, String> details = revocation.details();
        assertEquals(confirmed.id(), details.get("proposal"));
        assertEquals(ADMIN.id(), details.get("proposedBy"));
        assertEquals(since.toString(), details.get("effectiveAt"));
    }

    @Test
    void aConfirmationWhileTheAuditTrailIsDownKeepsItsEventsInTheOutbox() {
        registry.suspend(esId, ADMIN, "key card reported lost");
        SealProposal proposal = registry.proposeResumption(esId, ADMIN, "card found");
        when(trail.append(any())).thenThrow(new BianminException(ErrorCode.STORAGE_FAILURE, "audit store down"));

        registry.confirm(esId, proposal.id(), APPROVER);

        assertEquals(SealState.ACTIVE, registry.get(esId).state());
        assertEquals(List.of(AuditEventType.ADMINISTRATION, AuditEventType.SEAL_RESUMED), fixture.pendingAudit()
                .stream().map(record -> record.event().type()).toList(),
                "the confirmation and the change it carries out, in order, waiting for the trail");
    }

    /** The seal is in {@code state}, and its last transition led there (nothing was added). */
    private void assertUnchanged(SealState state) {
        assertEquals(state, registry.get(esId).state());
        assertEquals(state, last().to());
    }

    private List<SealProposal> pending() {
        return registry.proposals(esId).stream().filter(SealProposal::pending).toList();
    }

    private SealProposal proposal(String seal, String id) {
        return registry.proposals(seal).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private SealTransition last() {
        List<SealTransition> history = registry.history(esId);
        return history.get(history.size() - 1);
    }

    private static byte[] document() {
        return "决定书".getBytes(StandardCharsets.UTF_8);
    }
}
