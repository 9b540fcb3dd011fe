package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.AGENT;
import static org.bianmin.proxy.internal.LedgerFixture.CENTRE;
import static org.bianmin.proxy.internal.LedgerFixture.ITEM;
import static org.bianmin.proxy.internal.LedgerFixture.idNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PhoneNumber;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.internal.crypto.KeyFile;
import org.bianmin.proxy.internal.crypto.PersonalDataVault;
import org.bianmin.proxy.internal.persistence.CaseEntity;
import org.bianmin.proxy.spi.PersonalDataKeyring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * Rotation of the personal-data key: rows written under key {@code a} (and rows from before key
 * ids, read with the legacy id {@code a}) are re-encrypted under {@code b} in batches by
 * {@code proxy:rekey}'s run, readable and found by number throughout; a run interrupted after a
 * batch keeps it and the next run continues. On the database of {@code -Dbianmin.test.db}.
 */
class PersonalDataRekeyTest {
    private static final String LEGACY = "a";
    private static final int ROWS = 5;
    private static final Actor ADMIN = Actor.of("admin.chen");

    @TempDir
    Path keys;

    private LedgerFixture fixture;
    private final List<String> caseIds = new ArrayList<>();

    @BeforeEach
    void fiveCasesUnderKeyATwoOfThemFromBeforeKeyIds() throws SQLException {
        fixture = newFixture();
        ProxyCasesComponent underA = ledger(KeyFile.open(keys, null, "a", LEGACY));
        for (int i = 1; i <= ROWS; i++) {
            caseIds.add(underA.receive(newCase(i), AGENT).id());
        }
        update("UPDATE proxy_case SET personal_key_id = NULL WHERE case_id IN ('" + caseIds.get(0) + "', '"
                + caseIds.get(3) + "')");
    }

    /** The ledger on the database of {@code -Dbianmin.test.db}. */
    LedgerFixture newFixture() {
        return new LedgerFixture();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void afterARotationEveryRowIsReadableFoundAndFinallyUnderTheNewKey() {
        Map<String, String> indexesUnderA = column("id_index");
        ProxyCasesComponent underB = ledger(KeyFile.open(keys, null, "b", LEGACY));
        String newer = underB.receive(newCase(6), AGENT).id();
        assertEquals("b", column("personal_key_id").get(newer));
        everyApplicantReadableAndFound(underB, ROWS + 1);

        PersonalDataRekeying.Rekeyed run = underB.rekey(2, ADMIN);

        assertEquals(new PersonalDataRekeying.Rekeyed("b", ROWS, 3, 0), run);
        assertEquals(Set.of("b"), Set.copyOf(column("personal_key_id").values()));
        for (String caseId : caseIds) {
            assertNotEquals(indexesUnderA.get(caseId), column("id_index").get(caseId), "re-indexed under b");
        }
        everyApplicantReadableAndFound(underB, ROWS + 1);
        ProxyCasesComponent withoutA = ledger(keyringWithoutA());
        everyApplicantReadableAndFound(withoutA, ROWS + 1);
        assertEquals(new PersonalDataRekeying.Rekeyed("b", 0, 0, 0), underB.rekey(2, ADMIN),
                "a second run has nothing to do");

        List<AuditEvent> runs = rekeyEvents();
        assertEquals(List.of("started", "finished", "started", "finished"),
                runs.stream().map(e -> e.details().get("stage")).toList());
        assertEquals(Map.of("stage", "started", "keyId", "b", "pending", "5", "batchSize", "2"), runs.get(0).details());
        assertEquals(Map.of("stage", "finished", "keyId", "b", "rows", "5", "batches", "3", "remaining", "0"),
                runs.get(1).details());
        assertEquals(ADMIN, runs.get(0).actor());
    }

    @Test
    void aRunInterruptedInItsSecondBatchKeepsTheFirstAndTheNextRunDoesTheRest() {
        PersonalDataVault vault = new PersonalDataVault(KeyFile.open(keys, null, "b", LEGACY), LEGACY);
        AuditSink audit = new AuditSink(fixture.unit, () -> fixture.trail, fixture.time);
        Rekey crashing = new Rekey(fixture.unit, vault, audit, batch -> {
            if (batch == 2) {
                throw new IllegalStateException("the node stopped during batch 2");
            }
        });

        IllegalStateException stopped = assertThrows(IllegalStateException.class,
                () -> crashing.rekey(2, ADMIN));
        assertEquals("the node stopped during batch 2", stopped.getMessage());
        assertEquals(2, column("personal_key_id").values().stream().filter("b"::equals).count(),
                "batch 1 committed, batch 2 rolled back whole");
        List<AuditEvent> interrupted = rekeyEvents();
        assertEquals(Map.of("stage", "interrupted", "keyId", "b", "rows", "2", "batches", "1", "error",
                stopped.toString()), interrupted.get(1).details());

        ProxyCasesComponent underB = ledger(KeyFile.open(keys, null, "b", LEGACY));
        everyApplicantReadableAndFound(underB, ROWS);
        assertEquals(new PersonalDataRekeying.Rekeyed("b", 3, 2, 0), underB.rekey(2, ADMIN));
        assertEquals(Set.of("b"), Set.copyOf(column("personal_key_id").values()));
        everyApplicantReadableAndFound(ledger(keyringWithoutA()), ROWS);
    }

    @Test
    void aCaseMovedWhileItsRowIsReencryptedKeepsBothChanges() {
        ProxyCasesComponent underB = ledger(KeyFile.open(keys, null, "b", LEGACY));
        String caseId = caseIds.get(0);
        fixture.unit.inTransaction(em -> {
            CaseEntity loaded = em.find(CaseEntity.class, caseId);
            CompletableFuture<PersonalDataRekeying.Rekeyed> run = CompletableFuture.supplyAsync(
                    () -> underB.rekey(10, ADMIN));
            assertEquals(ROWS, run.orTimeout(60, TimeUnit.SECONDS).join().rows());
            loaded.visited();
            return null;
        });

        assertEquals("b", column("personal_key_id").get(caseId));
        assertEquals(2, underB.findCase(caseId).visits(), "the move committed after the row was re-encrypted");
        assertEquals(idNumber("51332219450312001"), underB.applicant(caseId, CENTRE, "回访").idNumber().value());
    }

    @Test
    void rowsUnderAKeyTheKeyringLacksAreRefusedNamingTheKey() {
        ProxyCasesComponent withoutA = ledger(keyringWithoutA());

        BianminException read = assertThrows(BianminException.class,
                () -> withoutA.applicant(caseIds.get(1), CENTRE, "回访"));
        assertEquals(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, read.code());
        assertTrue(read.getMessage().contains("no personal-data key has the id a"), read.getMessage());
        assertEquals(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, assertThrows(BianminException.class,
                () -> withoutA.casesByIdNumber(IdCardNumber.of(idNumber("51332219450312001")), CENTRE)).code());
        assertEquals(ErrorCode.PERSONAL_DATA_KEY_UNKNOWN, assertThrows(BianminException.class,
                () -> withoutA.rekey(2, ADMIN)).code());
        assertEquals(Set.of("a"), Set.copyOf(keyIdsOrLegacy()), "nothing was re-encrypted");
    }

    @Test
    void aRunIsRefusedWhenItCannotBeRecordedOrWithABadBatchSize() throws Exception {
        ProxyCasesComponent underB = ledger(KeyFile.open(keys, null, "b", LEGACY));
        for (int size : new int[] {0, -1, Rekey.MAX_BATCH + 1}) {
            assertEquals(ErrorCode.INVALID_ARGUMENT,
                    assertThrows(BianminException.class, () -> underB.rekey(size, ADMIN)).code());
        }
        try (java.sql.Connection connection = fixture.dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE proxy_audit_outbox");
        }

        assertEquals(ErrorCode.STORAGE_FAILURE,
                assertThrows(BianminException.class, () -> underB.rekey(2, ADMIN)).code());
        assertEquals(Set.of("a"), Set.copyOf(keyIdsOrLegacy()), "nothing was re-encrypted");
    }

    private void everyApplicantReadableAndFound(ProxyCasesComponent ledger, int cases) {
        List<String> all = new ArrayList<>(caseIds);
        for (int i = ROWS + 1; i <= cases; i++) {
            all.add(ledger.casesByIdNumber(IdCardNumber.of(number(i)), CENTRE).get(0).id());
        }
        for (int i = 1; i <= cases; i++) {
            String caseId = all.get(i - 1);
            Applicant applicant = ledger.applicant(caseId, CENTRE, "回访");
            assertEquals(number(i), applicant.idNumber().value());
            assertEquals(List.of(caseId), ledger.casesByIdNumber(IdCardNumber.of(number(i)), CENTRE).stream()
                    .map(ProxyCase::id).toList());
            if (i % 2 == 0) {
                assertNull(applicant.phone());
            } else {
                assertEquals(phone(i), applicant.phone().value());
                assertEquals(List.of(caseId), ledger.casesByPhone(PhoneNumber.of(phone(i)), CENTRE).stream()
                        .map(ProxyCase::id).toList());
            }
        }
    }

    private ProxyCasesComponent ledger(PersonalDataKeyring keyring) {
        return new ProxyCasesComponent(fixture.unit, fixture.catalogue, new PersonalDataVault(keyring, LEGACY),
                () -> fixture.trail, fixture.time, LedgerFixture.COUNTY_WIDE, LedgerFixture.LATE_ENTRY_WINDOW);
    }

    /** The keyring after key a's file was removed (its rows then need b). */
    private PersonalDataKeyring keyringWithoutA() {
        KeyFile.open(keys, null, "b", LEGACY);
        try {
            Files.delete(keys.resolve("a.key"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return KeyFile.open(keys, null, "b", LEGACY);
    }

    private List<AuditEvent> rekeyEvents() {
        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(fixture.trail, atLeastOnce()).append(events.capture());
        clearInvocations(fixture.trail);
        return events.getAllValues().stream().filter(e -> e.type() == AuditEventType.PERSONAL_DATA_REKEYED).toList();
    }

    private NewCase newCase(int i) {
        return new NewCase("heping", "zhang", Applicant.of("申请人" + i, number(i), i % 2 == 0 ? null : phone(i)),
                ITEM, fixture.clock.get(), Channel.WALK_IN, Set.of(), Set.of());
    }

    private static String number(int i) {
        return idNumber("5133221945031200" + i);
    }

    private static String phone(int i) {
        return "1381234567" + i;
    }

    private List<String> keyIdsOrLegacy() {
        return column("personal_key_id").values().stream().map(id -> id == null ? LEGACY : id).toList();
    }

    private Map<String, String> column(String name) {
        Map<String, String> values = new TreeMap<>();
        try (Connection connection = fixture.dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT case_id, " + name + " FROM proxy_case")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = fixture.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
