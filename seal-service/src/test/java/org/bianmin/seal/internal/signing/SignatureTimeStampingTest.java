package org.bianmin.seal.internal.signing;

import static org.bianmin.seal.internal.registry.RegistryFixture.APPROVER;
import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.CheckId;
import org.bianmin.seal.CheckResult;
import org.bianmin.seal.Indication;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealState;
import org.bianmin.seal.SealUse;
import org.bianmin.seal.SignatureReport;
import org.bianmin.seal.internal.format.ElectronicSignature;
import org.bianmin.seal.internal.format.SealFormatReader;
import org.bianmin.seal.internal.registry.RegistryFixture;
import org.bianmin.seal.internal.signing.SignatureTimeStamper.WhenUnavailable;
import org.bianmin.seal.internal.tsa.CountyTimeStampAuthority;
import org.bianmin.seal.internal.tsa.CountyTsaCertificate;
import org.bianmin.seal.internal.tsa.HttpTimeStampSource;
import org.bianmin.seal.internal.tsa.TimeStampPolicy;
import org.bianmin.seal.internal.tsa.TimeStampTokenValidator;
import org.bianmin.seal.internal.tsa.VerifiedTimeStamp;
import org.bianmin.seal.spi.TimeStampSource;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing puts an RFC 3161 token over the signature value into SES_Signature.timeStamp (GB/T 38540
 * §6.1), with the county TSA of the registry's own CA; when no token can be had the policy refuses
 * or signs without one and says so in the use register; a failure between signing and recording
 * leaves nothing behind.
 */
class SignatureTimeStampingTest {
    private static final byte[] APPROVAL = "冷碛镇 准予许可决定书 2026-0042".getBytes(StandardCharsets.UTF_8);
    private static final String CASE = "泸兴审〔2026〕42号";

    @TempDir
    Path directory;

    private final AuditTrail trail = mock(AuditTrail.class);
    private RegistryFixture fixture;
    private Seal seal;

    @BeforeEach
    void open() {
        fixture = new RegistryFixture(directory, trail);
        seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSignatureCarriesTheCountyTsaTokenOverItsSignatureValueAndTheUseRecordsIt() throws Exception {
        SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, CASE, CUSTODIAN);

        ElectronicSignature parsed = SealFormatReader.readSignature(signature.der());
        assertNotNull(parsed.getTimeStamp(), "SES_Signature.timeStamp");
        VerifiedTimeStamp token = TimeStampTokenValidator.validate(parsed.getTimeStamp(), GMObjectIdentifiers.sm3,
                DocumentHash.sm3(parsed.getSignatureValue()), fixture.tsa.certificate());
        assertEquals(fixture.now.get(), token.genTime());
        assertEquals(TimeStampPolicy.DEFAULT_POLICY, token.policy());

        SealUse use = fixture.registry.uses(seal.esId()).get(0);
        assertEquals(token.genTime(), use.timeStampedAt());
        assertNull(use.timeStampMissing());
        assertEquals(Hex.toHexString(DocumentHash.sm3(signature.der())), use.signatureHash(),
                "the register holds the hash of the signature as handed out, token included");
        assertEquals(token.serial().toString(), column("time_stamp_serial"));
        AuditEvent used = lastUse();
        assertEquals(token.genTime().toString(), used.details().get("timeStamp"));
        assertEquals(token.serial().toString(), used.details().get("timeStampSerial"));

        SignatureReport report = fixture.verifier().verifyDetached(signature.der(),
                new ByteArrayInputStream(APPROVAL), fixture.verifier().defaultPolicy()).signatures().get(0);
        assertEquals(CheckResult.PASSED, report.check(CheckId.TIMESTAMP).orElseThrow().result(),
                () -> report.check(CheckId.TIMESTAMP).orElseThrow().detail());
        assertEquals(Indication.TOTAL_PASSED, report.indication(), () -> report.checks().toString());
    }

    @Test
    void anUnreachableTsaRefusesTheUseByDefaultAndRecordsNothing() throws IOException {
        fixture.timeStamps.set(unreachableTsa());

        BianminException refused = assertThrows(BianminException.class,
                () -> fixture.signer.sign(seal.esId(), APPROVAL, CASE, CUSTODIAN));

        assertEquals(ErrorCode.TIMESTAMP_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().contains("nothing was signed or recorded"), refused.getMessage());
        assertTrue(refused.getMessage().contains("sign-without"), refused.getMessage());
        assertNothingRecorded();
    }

    @Test
    void withSignWithoutAnUnreachableTsaLeavesTheSignatureWithoutTokenAndTheRegisterSaysWhy() throws IOException {
        fixture.timeStamps.set(unreachableTsa());
        SealSignerComponent signer = new SealSignerComponent(fixture.store, fixture.keys, fixture.clock,
                () -> trail, fixture.stamper(WhenUnavailable.SIGN_WITHOUT));

        SealSignature signature = signer.sign(seal.esId(), APPROVAL, CASE, CUSTODIAN);

        assertNull(SealFormatReader.readSignature(signature.der()).getTimeStamp());
        SealUse use = fixture.registry.uses(seal.esId()).get(0);
        assertNull(use.timeStampedAt());
        assertTrue(use.timeStampMissing().startsWith("signed without a time-stamp: "), use.timeStampMissing());
        assertTrue(use.timeStampMissing().contains("cannot be reached"), use.timeStampMissing());
        assertEquals(use.timeStampMissing(), lastUse().details().get("timeStampMissing"));
        SignatureReport report = fixture.verifier().verifyDetached(signature.der(),
                new ByteArrayInputStream(APPROVAL), fixture.verifier().defaultPolicy()).signatures().get(0);
        assertEquals(CheckResult.NOT_APPLICABLE, report.check(CheckId.TIMESTAMP).orElseThrow().result());
    }

    @Test
    void withNoTimeStampSourceAtAllThePolicyDecidesToo() {
        fixture.timeStamps.set(null);
        BianminException refused = assertThrows(BianminException.class,
                () -> fixture.signer.sign(seal.esId(), APPROVAL, CASE, CUSTODIAN));
        assertEquals(ErrorCode.TIMESTAMP_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().contains("no time-stamp authority is registered"), refused.getMessage());
        assertNothingRecorded();
    }

    /** A TSA that answers, but refuses: under sign-without too, nothing is signed (a fault, not an outage). */
    @Test
    void aTsaThatRefusesFailsTheUseEvenWhenSigningWithoutIsAllowed() {
        TimeStampSource refusing = imprint -> {
            throw new BianminException(ErrorCode.TIMESTAMP_REFUSED, "the TSA answered rejection, failInfo badAlg");
        };
        fixture.timeStamps.set(refusing);
        SealSignerComponent signer = new SealSignerComponent(fixture.store, fixture.keys, fixture.clock,
                () -> trail, fixture.stamper(WhenUnavailable.SIGN_WITHOUT));
        BianminException refused = assertThrows(BianminException.class,
                () -> signer.sign(seal.esId(), APPROVAL, CASE, CUSTODIAN));
        assertEquals(ErrorCode.TIMESTAMP_REFUSED, refused.code());
        assertTrue(refused.getMessage().contains("badAlg"), refused.getMessage());
        assertNothingRecorded();
    }

    /** A source that hands back a token over something else is caught before anything is recorded. */
    @Test
    void aTokenOverAnotherImprintIsInvalidAndNothingIsRecorded() {
        fixture.timeStamps.set(imprint -> fixture.tsa.timeStamp(DocumentHash.sm3(new byte[] {1})));
        BianminException refused = assertThrows(BianminException.class,
                () -> fixture.signer.sign(seal.esId(), APPROVAL, CASE, CUSTODIAN));
        assertEquals(ErrorCode.TIMESTAMP_INVALID, refused.code());
        assertTrue(refused.getMessage().contains("message imprint"), refused.getMessage());
        assertNothingRecorded();
    }

    /**
     * While the TSA is asked no lock is held: the seal is suspended (挂失) in that very moment, through
     * the registry's own locking transaction. The use is then checked again under the lock and
     * refused: the signature made before is discarded, never recorded.
     */
    @Test
    void aSealSuspendedWhileTheTsaIsAskedIsNotRecordedAsUsed() {
        fixture.timeStamps.set(imprint -> {
            fixture.registry.suspend(seal.esId(), APPROVER, "lost while signing");
            return fixture.tsa.timeStamp(imprint);
        });

        BianminException refused = assertThrows(BianminException.class,
                () -> fixture.signer.sign(seal.esId(), APPROVAL, CASE, CUSTODIAN));

        assertEquals(ErrorCode.SEAL_NOT_ACTIVE, refused.code());
        assertEquals(SealState.SUSPENDED, fixture.registry.find(seal.esId()).orElseThrow().state());
        assertNothingRecorded();
    }

    /** A token whose genTime lies after the seal's validity would never verify: refused, nothing recorded. */
    @Test
    void aTokenDatedAfterTheSealsValidityIsRefused() {
        Instant late = seal.validTo().plusSeconds(60);
        CountyTimeStampAuthority lateTsa = new CountyTimeStampAuthority(fixture.keys, CountyTsaCertificate.ALIAS,
                fixture.tsa.certificate(), TimeStampPolicy.DEFAULT, fixture.store::nextTimeStampSerial, () -> late);
        fixture.timeStamps.set(lateTsa);
        BianminException refused = assertThrows(BianminException.class,
                () -> fixture.signer.sign(seal.esId(), APPROVAL, CASE, CUSTODIAN));
        assertEquals(ErrorCode.SEAL_OUTSIDE_VALIDITY, refused.code());
        assertTrue(refused.getMessage().contains("time-stamp says " + late), refused.getMessage());
        assertNothingRecorded();
    }

    @Test
    void thePolicyIsNamedInTheConfigurationOrRefusedByName() {
        assertEquals(WhenUnavailable.REFUSE, WhenUnavailable.parse("refuse"));
        assertEquals(WhenUnavailable.SIGN_WITHOUT, WhenUnavailable.parse(" Sign-Without "));
        BianminException wrong = assertThrows(BianminException.class, () -> WhenUnavailable.parse("maybe"));
        assertEquals(ErrorCode.CONFIGURATION_INVALID, wrong.code());
        assertTrue(wrong.getMessage().contains("'maybe'"), wrong.getMessage());
    }

    /** The SEAL_USED events the audit trail was given. */
    private List<AuditEvent> uses() {
        return mockingDetails(trail).getInvocations().stream().filter(call -> call.getMethod().getName()
                .equals("append")).map(call -> (AuditEvent) call.getArgument(0))
                .filter(e -> e.type() == AuditEventType.SEAL_USED).toList();
    }

    private AuditEvent lastUse() {
        List<AuditEvent> uses = uses();
        assertEquals(1, uses.size(), "one SEAL_USED event");
        return uses.get(0);
    }

    private void assertNothingRecorded() {
        assertEquals(0, fixture.count("seal_use"), "no use recorded");
        assertTrue(uses().isEmpty(), "no SEAL_USED event");
    }

    private HttpTimeStampSource unreachableTsa() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        return new HttpTimeStampSource(new HttpTimeStampSource.Settings(URI.create("http://127.0.0.1:" + closedPort
                + "/tsa"), Duration.ofMillis(500), Duration.ofMillis(500), 0, fixture.tsa.certificate(), null));
    }

    private String column(String name) throws SQLException {
        try (Connection connection = fixture.dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + name + " FROM seal_use")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
