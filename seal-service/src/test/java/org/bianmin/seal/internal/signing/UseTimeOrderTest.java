package org.bianmin.seal.internal.signing;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.bianmin.seal.internal.registry.RegistryFixture.MAKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.seal.OfdSealRequest;
import org.bianmin.seal.SealState;
import org.bianmin.seal.StampPlacement;
import org.bianmin.seal.SealUse;
import org.bianmin.seal.internal.persistence.SealStore;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.registry.RegistrySettings;
import org.bianmin.seal.internal.registry.SealTimeOrder;
import org.bianmin.seal.internal.registry.SealRegistryComponent;
import org.bianmin.seal.internal.sealing.OfdSealerComponent;
import org.bianmin.seal.internal.sealing.UnsignedInvoice;
import org.bianmin.seal.internal.signing.SignatureTimeStamper.WhenUnavailable;
import org.bianmin.seal.internal.tsa.CountyTimeStampAuthority;
import org.bianmin.seal.internal.tsa.CountyTsaCertificate;
import org.bianmin.seal.internal.tsa.TimeStampPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers (nodes) on one database whose clocks differ: node A is the fixture's registry and
 * signer on its clock, node B a second registry, signer and county TSA on its own persistence unit
 * and its own clock. A use (signing or OFD sealing) that node A would date before what node B
 * already recorded for the seal — a status change or a use — is refused {@code CLOCK_BEHIND} with
 * nothing recorded, in the use register or the audit outbox; a revoked seal is still refused
 * {@code SEAL_NOT_ACTIVE}. Runs on the database {@code bianmin.test.db} selects (H2 by default,
 * PostgreSQL with {@code -Dbianmin.test.db=postgresql}).
 */
class UseTimeOrderTest {
    private static final byte[] APPROVAL = "兴隆镇 营业执照 准予登记 2026-0002".getBytes(StandardCharsets.UTF_8);
    /** When node B activates the seal: a minute after node A requested it. */
    private static final Instant T = RegistryFixture.START.plusSeconds(60);

    @TempDir
    Path directory;

    private RegistryFixture fixture;
    private SealStore storeB;
    private SealRegistryComponent registryB;
    private SealSignerComponent signerB;
    private final AtomicReference<Instant> clockB = new AtomicReference<>(T);
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(directory, null);
        storeB = SealStore.open(fixture.dataSource);
        TimeSource b = clockB::get;
        registryB = new SealRegistryComponent(storeB, fixture.keys, fixture.authority, RegistryFixture.renderer(), b,
                () -> null, RegistrySettings.LUDING);
        CountyTimeStampAuthority tsaB = tsa(b);
        signerB = new SealSignerComponent(storeB, fixture.keys, b, () -> null,
                new SignatureTimeStamper(() -> tsaB, WhenUnavailable.REFUSE));
        Logger.getLogger(SealTimeOrder.class.getName()).addHandler(handler);
    }

    @AfterEach
    void close() {
        Logger.getLogger(SealTimeOrder.class.getName()).removeHandler(handler);
        storeB.close();
        fixture.close();
    }

    @Test
    void aNodeWhoseClockLagsCannotSignBeforeWhatAnotherNodeRecorded() {
        String esId = madeOnAActivatedOnB();

        atA(T.minusSeconds(5));
        String beforeActivation = refusedSaying(ErrorCode.CLOCK_BEHIND, esId, "this server's clock reads "
                + T.minusSeconds(5) + ", 5 s behind its latest status change (MADE to ACTIVE) of seal " + esId);
        assertTrue(beforeActivation.contains("must be synchronised (NTP)"), beforeActivation);
        assertEquals(1, warnings.size(), "the refusal is logged as a warning");
        assertEquals(beforeActivation, warnings.get(0).getMessage());

        atA(T.plusSeconds(1));
        signOnA(esId);

        clockB.set(T.plusSeconds(10));
        signerB.sign(esId, APPROVAL, "泸兴审〔2026〕2号", CUSTODIAN);
        atA(T.plusSeconds(5));
        refusedSaying(ErrorCode.CLOCK_BEHIND, esId, "5 s behind its latest recorded use of seal " + esId
                + ", recorded at " + T.plusSeconds(10));

        clockB.set(T.plusSeconds(20));
        registryB.suspend(esId, APPROVER, "印章保管柜钥匙遗失");
        clockB.set(T.plusSeconds(30));
        registryB.confirm(esId, registryB.proposeResumption(esId, MAKER, "钥匙已找回").id(), APPROVER);
        atA(T.plusSeconds(25));
        refusedSaying(ErrorCode.CLOCK_BEHIND, esId, "5 s behind its latest status change (SUSPENDED to ACTIVE)");
        atA(T.plusSeconds(30));
        signOnA(esId);

        clockB.set(T.plusSeconds(40));
        registryB.revoke(esId, APPROVER, "机构撤并", null);
        atA(T.plusSeconds(35));
        refusedSaying(ErrorCode.SEAL_NOT_ACTIVE, esId, "is REVOKED");

        assertEquals(List.of(T.plusSeconds(1), T.plusSeconds(10), T.plusSeconds(30)),
                fixture.registry.uses(esId).stream().map(SealUse::at).toList(),
                "the register holds the three uses made, in the order of time");
        assertEquals(3, warnings.size(), "one warning per CLOCK_BEHIND refusal");
    }

    @Test
    void aUseInTheSecondOfTheLatestChangeIsInOrder() {
        String esId = madeOnAActivatedOnB();
        clockB.set(T.plusMillis(900));
        registryB.suspend(esId, APPROVER, "临时停用");
        clockB.set(T.plusSeconds(2).plusMillis(700));
        registryB.confirm(esId, registryB.proposeResumption(esId, MAKER, "恢复").id(), APPROVER);

        atA(T.plusSeconds(2).plusMillis(100));
        signOnA(esId);

        assertEquals(List.of(T.plusSeconds(2)), fixture.registry.uses(esId).stream().map(SealUse::at).toList(),
                "signing times are to the second, and the verifier counts a change from the start of its second");
        assertEquals(SealState.ACTIVE, fixture.registry.stateAt(esId, T.plusSeconds(2)));
    }

    @Test
    void aTimeStampDatedBeforeTheLatestChangeIsRefused() {
        String esId = madeOnAActivatedOnB();
        atA(T.plusSeconds(1));
        fixture.timeStamps.set(tsa(() -> T.minusMillis(2500)));
        refusedSaying(ErrorCode.CLOCK_BEHIND, esId, "the signature's time-stamp (the time-stamp authority's clock) "
                + "reads " + T.minusMillis(2500) + ", 2.5 s behind its latest status change (MADE to ACTIVE)");

        fixture.timeStamps.set(tsa(() -> T.plusMillis(200)));
        signOnA(esId);
        assertEquals(List.of(T.plusMillis(200)), fixture.registry.uses(esId).stream().map(SealUse::timeStampedAt)
                .toList(), "a token in the second of the activation is in order");
    }

    /**
     * Two uses of one seal on one node at once, across a second: the one begun first (signing time
     * T+1) gets its token, then the other (T+2) is made and recorded before the first is recorded.
     * Both are in order: the register is compared with the clock when recording, not with signing
     * times or tokens of uses still on their way.
     */
    @Test
    void usesUnderWayAtOnceAreRecordedInWhicheverOrderTheyFinish() {
        String esId = madeOnAActivatedOnB();
        atA(T.plusSeconds(1).plusMillis(950));
        CountyTimeStampAuthority tsaA = tsa(fixture.clock);
        AtomicBoolean overtaken = new AtomicBoolean();
        fixture.timeStamps.set(imprint -> {
            byte[] token = tsaA.timeStamp(imprint);
            if (!overtaken.getAndSet(true)) {
                atA(T.plusSeconds(2).plusMillis(50));
                fixture.signer.sign(esId, APPROVAL, "泸兴审〔2026〕5号", CUSTODIAN);
            }
            return token;
        });

        signOnA(esId);

        List<SealUse> uses = fixture.registry.uses(esId);
        assertEquals(List.of(T.plusSeconds(1), T.plusSeconds(2)), uses.stream().map(SealUse::at).toList());
        assertEquals(List.of(T.plusSeconds(1).plusMillis(950), T.plusSeconds(2).plusMillis(50)),
                uses.stream().map(SealUse::timeStampedAt).toList());
        assertEquals(List.of("泸兴审〔2026〕1号", "泸兴审〔2026〕5号"), uses.stream().map(SealUse::caseNumber).toList());
        assertEquals(List.of(), warnings);
    }

    /** Sealing an OFD document records a use the same way, and is refused the same way. */
    @Test
    void ofdSealingOnALaggingNodeIsRefusedToo() {
        String esId = madeOnAActivatedOnB();
        OfdSealerComponent sealer = fixture.ofdSealer(null, fixture.verifier());
        Executable seal = () -> sealer.seal(new OfdSealRequest(esId, UnsignedInvoice.bytes(), StampPlacement.at(1, 150,
                100), "泸兴审〔2026〕4号"), CUSTODIAN);
        atA(T.minusSeconds(2));
        refusedWithNothingRecorded(ErrorCode.CLOCK_BEHIND, seal, 0, "2 s behind its latest status change (MADE to ACTIVE)");
        atA(T);
        assertEquals(esId, sealer.seal(new OfdSealRequest(esId, UnsignedInvoice.bytes(), StampPlacement.at(1, 150, 100),
                "泸兴审〔2026〕4号"), CUSTODIAN).esId());
        assertEquals(List.of(T), fixture.registry.uses(esId).stream().map(SealUse::at).toList());
    }

    /**
     * Node A's check passes, and while it asks for the time-stamp (no lock held) node B records a
     * later use: node A's record step, under the seal's row lock, sees it and refuses.
     */
    @Test
    void aUseRecordedByAnotherNodeWhileTheTimeStampIsAskedForIsSeenWhenRecording() {
        String esId = madeOnAActivatedOnB();
        atA(T.plusSeconds(5));
        CountyTimeStampAuthority tsaA = tsa(fixture.clock);
        fixture.timeStamps.set(imprint -> {
            clockB.set(T.plusSeconds(10));
            signerB.sign(esId, APPROVAL, "泸兴审〔2026〕3号", CUSTODIAN);
            return tsaA.timeStamp(imprint);
        });

        refusedWithNothingRecorded(ErrorCode.CLOCK_BEHIND, () -> signOnA(esId), 1, "5 s behind its latest recorded use");
        assertEquals(List.of(T.plusSeconds(10)), fixture.registry.uses(esId).stream().map(SealUse::at).toList(),
                "only node B's use is recorded");
    }

    /**
     * A status change on a node whose clock lags is refused too: a suspension dated before a use
     * already made would judge that use, made while the seal was active, "signed while suspended".
     */
    @Test
    void aStatusChangeOnALaggingNodeIsRefused() {
        String esId = madeOnAActivatedOnB();
        atA(T.plusSeconds(10));
        signOnA(esId);

        clockB.set(T.plusSeconds(4));
        String behindUse = refusedChange(() -> registryB.suspend(esId, APPROVER, "印章保管柜钥匙遗失"),
                "this server's clock reads " + T.plusSeconds(4) + ", 6 s behind its latest recorded use of seal "
                        + esId + ", recorded at " + T.plusSeconds(10));
        assertTrue(behindUse.contains("the status change would be dated before it"), behindUse);
        assertEquals(SealState.ACTIVE, fixture.registry.get(esId).state(), "the seal was not suspended");
        assertEquals(SealState.ACTIVE, fixture.registry.stateAt(esId, T.plusSeconds(10)),
                "the use stands as made while the seal was active");

        clockB.set(T.plusSeconds(10).plusMillis(500));
        registryB.suspend(esId, APPROVER, "印章保管柜钥匙遗失");
        atA(T.plusSeconds(8));
        refusedChange(() -> fixture.registry.revoke(esId, APPROVER, "机构撤并", null),
                "2.5 s behind its latest status change (ACTIVE to SUSPENDED)");
        assertEquals(SealState.SUSPENDED, fixture.registry.get(esId).state());
        assertEquals(2, warnings.size(), "one warning per CLOCK_BEHIND refusal");
    }

    /**
     * A status change refused {@code CLOCK_BEHIND}, saying {@code saying}, with no step or event
     * recorded; the message.
     */
    private String refusedChange(Executable change, String saying) {
        long steps = fixture.count("seal_transition");
        int pending = fixture.pendingAudit().size();
        BianminException refused = assertThrows(BianminException.class, change);
        assertEquals(ErrorCode.CLOCK_BEHIND, refused.code(), refused::getMessage);
        assertTrue(refused.getMessage().contains(saying), refused.getMessage());
        assertEquals(steps, fixture.count("seal_transition"), "no lifecycle step is recorded");
        assertEquals(pending, fixture.pendingAudit().size(), "no audit event waits in the outbox");
        return refused.getMessage();
    }

    /** A seal requested, approved and made on node A at START, activated on node B at T, custody granted on B. */
    private String madeOnAActivatedOnB() {
        String esId = fixture.registry.request(fixture.xinglongRequest()).esId();
        fixture.registry.approve(esId, APPROVER);
        fixture.registry.make(esId, MAKER);
        registryB.activate(esId, MAKER);
        registryB.confirm(esId, registryB.proposeCustody(esId, CUSTODIAN, MAKER, null).id(), APPROVER);
        return esId;
    }

    private void atA(Instant instant) {
        fixture.now.set(instant);
    }

    private void signOnA(String esId) {
        fixture.signer.sign(esId, APPROVAL, "泸兴审〔2026〕1号", CUSTODIAN);
    }

    /** A county TSA with the fixture's key and certificate, on its own clock. */
    private CountyTimeStampAuthority tsa(TimeSource clock) {
        return new CountyTimeStampAuthority(fixture.keys, CountyTsaCertificate.ALIAS, fixture.tsa.certificate(),
                TimeStampPolicy.DEFAULT, fixture.store::nextTimeStampSerial, clock);
    }

    private String refusedSaying(ErrorCode code, String esId, String saying) {
        return refusedWithNothingRecorded(code, () -> signOnA(esId), 0, saying);
    }

    /**
     * A use on node A refused with {@code code} and a message that says {@code saying}, leaving only
     * {@code meanwhile} more uses (made by node B); the message.
     */
    private String refusedWithNothingRecorded(ErrorCode code, Executable use, int meanwhile, String saying) {
        long uses = fixture.count("seal_use");
        int pending = fixture.pendingAudit().size();
        BianminException refused = assertThrows(BianminException.class, use);
        assertEquals(code, refused.code(), refused::getMessage);
        assertTrue(refused.getMessage().contains(saying), refused.getMessage());
        assertEquals(uses + meanwhile, fixture.count("seal_use"), "nothing is recorded in the use register");
        assertEquals(pending + meanwhile, fixture.pendingAudit().size(), "no SEAL_USED event waits in the outbox");
        return refused.getMessage();
    }
}
