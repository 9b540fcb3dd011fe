package org.bianmin.seal.internal.registry;

import static org.bianmin.seal.internal.registry.RegistryFixture.CUSTODIAN;
import static org.bianmin.seal.internal.registry.RegistryFixture.START;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealSignature;
import org.bianmin.seal.SealStanding;
import org.bianmin.seal.SealState;
import org.bianmin.seal.internal.signing.DocumentHash;
import org.bianmin.testing.CountingDataSource;
import org.bianmin.testing.TestDatabase;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seal's standing for a verification (check SEAL_STATUS, docs/requirements.md C-SEAL): the registry's
 * record of the seal, its states at two instants and the use of one signature value, as the separate
 * reads give them, read with one connection.
 */
class SealStandingTest {
    private static final byte[] APPROVAL = "兴隆镇 准予行政许可决定书 2026-0007".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private TestDatabase database;
    private CountingDataSource counting;
    private RegistryFixture fixture;

    @BeforeEach
    void open() {
        database = TestDatabase.create();
        counting = new CountingDataSource(database.dataSource());
        fixture = new RegistryFixture(directory, mock(AuditTrail.class), counting.dataSource());
    }

    @AfterEach
    void close() {
        fixture.close();
        database.close();
    }

    @Test
    void aSignedSealThatWasRevokedLaterStandsAsTheSeparateReadsSay() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.advance(Duration.ofMinutes(5));
        Instant signedAt = fixture.now.get();
        SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕7号", CUSTODIAN);
        String hash = Hex.toHexString(DocumentHash.sm3(signature.der()));
        fixture.advance(Duration.ofDays(1));
        fixture.revoke(seal.esId(), "印章遗失", fixture.now.get());
        Instant later = fixture.now.get().plus(Duration.ofHours(1));

        SealStanding standing = fixture.registry.standing(seal.esId(), hash, signedAt, later).orElseThrow();

        assertEquals(seal.esId(), standing.seal().esId());
        assertEquals(SealState.REVOKED, standing.seal().state());
        assertArrayEquals(fixture.registry.sealStructure(seal.esId()), standing.sealStructure());
        assertEquals(SealState.ACTIVE, standing.stateAtSigning());
        assertEquals(SealState.REVOKED, standing.stateAtValidation());
        assertEquals(fixture.registry.stateAt(seal.esId(), signedAt), standing.stateAtSigning());
        assertEquals(fixture.registry.stateAt(seal.esId(), later), standing.stateAtValidation());
        assertEquals(fixture.registry.useOfSignature(seal.esId(), hash).orElseThrow(), standing.use());
        assertEquals(signedAt, standing.use().at());
        assertEquals(standing.use(), fixture.registry.standing(seal.esId(), hash.toUpperCase(Locale.ROOT), signedAt,
                later).orElseThrow().use(), "the hash in either case");
    }

    @Test
    void anotherSignatureValueOverTheSameDocumentHasNoUse() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕7号", CUSTODIAN);
        String other = Hex.toHexString(DocumentHash.sm3("another signature value".getBytes(StandardCharsets.UTF_8)));

        SealStanding standing = fixture.registry.standing(seal.esId(), other, fixture.now.get(), fixture.now.get())
                .orElseThrow();

        assertNull(standing.use());
        assertEquals(SealState.ACTIVE, standing.stateAtSigning());
        assertNull(fixture.registry.standing(seal.esId(), null, fixture.now.get(), fixture.now.get()).orElseThrow()
                .use(), "a seal verified alone asks for no use");
    }

    @Test
    void aSealNotYetMadeHasNoStructureAndNoStateBeforeItsRequest() {
        Seal seal = fixture.registry.request(fixture.xinglongRequest());
        Instant before = START.minus(Duration.ofDays(1));

        SealStanding standing = fixture.registry.standing(seal.esId(), null, before, START).orElseThrow();

        assertNull(standing.sealStructure());
        assertNull(standing.stateAtSigning(), "not requested yet a day before");
        assertEquals(SealState.REQUESTED, standing.stateAtValidation());
    }

    @Test
    void anUnknownOrBlankEsIdHasNoStanding() {
        assertTrue(fixture.registry.standing("51332299999999", null, START, START).isEmpty());
        assertTrue(fixture.registry.standing(" ", null, START, START).isEmpty());
        assertTrue(fixture.registry.standing(null, null, START, START).isEmpty());
    }

    @Test
    void aMissingTimeOrABlankSignatureHashIsRefusedBeforeAnyRead() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        int connections = counting.connections();

        for (Executable call : List.<Executable>of(
                () -> fixture.registry.standing(seal.esId(), null, null, START),
                () -> fixture.registry.standing(seal.esId(), null, START, null),
                () -> fixture.registry.standing(seal.esId(), " ", START, START))) {
            BianminException refused = assertThrows(BianminException.class, call);
            assertEquals(ErrorCode.INVALID_ARGUMENT, refused.code(), refused::getMessage);
        }
        assertEquals(connections, counting.connections(), "nothing was read");
    }

    /** One connection and three statements (the seal, its transitions, the use), where the separate reads take one each. */
    @Test
    void theStandingIsReadInOneTransaction() {
        Seal seal = fixture.activeSeal(fixture.xinglongRequest());
        SealSignature signature = fixture.signer.sign(seal.esId(), APPROVAL, "泸兴审〔2026〕7号", CUSTODIAN);
        String hash = Hex.toHexString(DocumentHash.sm3(signature.der()));
        Instant now = fixture.now.get();

        int connections = counting.connections();
        int statements = counting.statements();
        fixture.registry.standing(seal.esId(), hash, now, now).orElseThrow();

        assertEquals(1, counting.connections() - connections, "one transaction");
        assertTrue(counting.statements() - statements <= 3, "statements: " + (counting.statements() - statements));

        connections = counting.connections();
        fixture.registry.find(seal.esId());
        fixture.registry.sealStructure(seal.esId());
        fixture.registry.useOfSignature(seal.esId(), hash);
        fixture.registry.stateAt(seal.esId(), now);
        fixture.registry.stateAt(seal.esId(), now);
        assertEquals(5, counting.connections() - connections, "the separate reads");
    }
}
