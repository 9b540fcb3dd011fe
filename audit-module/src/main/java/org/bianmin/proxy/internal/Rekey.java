package org.bianmin.proxy.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.internal.crypto.PersonalDataVault;

/**
 * Rotation of the personal-data key over the case rows: each batch, one transaction, decrypts the
 * rows not under the current key with the key of their id and stores them encrypted and indexed
 * under the current key, with its id. A row's update is conditional on its old key id and leaves
 * the row version alone (plain SQL: a JPQL bulk update would raise it), so cases moved, read and
 * looked up meanwhile are neither refused nor overwritten; lookups search under every key id in
 * use. The run is recorded in the ledger's audit outbox ({@code PERSONAL_DATA_REKEYED}) before its first
 * batch, and refused when it cannot be, since it reads all personal data in clear; its end
 * (finished or interrupted, with the counts) follows.
 */
final class Rekey implements PersonalDataRekeying {
    static final String SUBJECT = "personal-data-keys";
    static final int MAX_BATCH = 10_000;

    /** Called inside each batch's transaction before it commits, with the batch's number (from 1). */
    @FunctionalInterface
    interface BatchHook {
        void beforeCommit(int batch);
    }

    private final JpaUnit unit;
    private final PersonalDataVault vault;
    private final AuditSink audit;
    private final BatchHook hook;

    Rekey(JpaUnit unit, PersonalDataVault vault, AuditSink audit, BatchHook hook) {
        this.unit = unit;
        this.vault = vault;
        this.audit = audit;
        this.hook = hook;
    }

    @Override
    public Rekeyed rekey(int batchSize, Actor actor) {
        Checks.required(actor, "actor");
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new BianminException(ErrorCode.INVALID_ARGUMENT,
                    "the batch size is 1 to " + MAX_BATCH + " rows, got " + batchSize);
        }
        String keyId = vault.currentKeyId();
        Map<String, String> started = new LinkedHashMap<>();
        started.put("stage", "started");
        started.put("keyId", keyId);
        started.put("pending", String.valueOf(pending(keyId)));
        started.put("batchSize", String.valueOf(batchSize));
        audit.recordNow(AuditEventType.PERSONAL_DATA_REKEYED, actor, SUBJECT, started);
        int rows = 0;
        int batches = 0;
        try {
            while (true) {
                int batch = batches + 1;
                int done = unit.inTransaction(em -> batch(em, keyId, batchSize, batch));
                if (done == 0) {
                    break;
                }
                rows += done;
                batches = batch;
            }
        } catch (RuntimeException e) {
            audit.recordNow(AuditEventType.PERSONAL_DATA_REKEYED, actor, SUBJECT,
                    ended("interrupted", keyId, rows, batches, e.toString()));
            throw e;
        }
        long remaining = pending(keyId);
        audit.recordNow(AuditEventType.PERSONAL_DATA_REKEYED, actor, SUBJECT,
                ended("finished", keyId, rows, batches, String.valueOf(remaining)));
        return new Rekeyed(keyId, rows, batches, remaining);
    }

    /** Re-encrypts up to {@code size} rows not under {@code keyId}; how many it changed. */
    private int batch(EntityManager em, String keyId, int size, int number) {
        List<Object[]> rows = em.createQuery("SELECT c.caseId, c.personalKeyId, c.idCipher, c.phoneCipher"
                + " FROM CaseEntity c WHERE c.personalKeyId IS NULL OR c.personalKeyId <> :k ORDER BY c.caseId",
                Object[].class).setParameter("k", keyId).setMaxResults(size).getResultList();
        int changed = 0;
        for (Object[] row : rows) {
            changed += reseal(em, keyId, (String) row[0], (String) row[1], (byte[]) row[2], (byte[]) row[3]);
        }
        if (!rows.isEmpty()) {
            hook.beforeCommit(number);
        }
        return changed;
    }

    private int reseal(EntityManager em, String keyId, String caseId, String storedKeyId, byte[] idCipher,
            byte[] phoneCipher) {
        String oldKeyId = vault.keyIdOf(storedKeyId);
        PersonalDataVault.Sealed id = vault.seal(keyId, caseId, vault.openIdNumber(oldKeyId, caseId, idCipher));
        PersonalDataVault.Sealed phone = phoneCipher == null ? null
                : vault.seal(keyId, caseId, vault.openPhone(oldKeyId, caseId, phoneCipher));
        List<Object> values = new ArrayList<>(List.of(keyId, id.cipher(), id.index()));
        if (phone != null) {
            values.addAll(List.of(phone.cipher(), phone.index()));
        }
        values.add(caseId);
        if (storedKeyId != null) {
            values.add(storedKeyId);
        }
        var update = em.createNativeQuery("UPDATE proxy_case SET personal_key_id = ?, id_cipher = ?, id_index = ?"
                + (phone == null ? "" : ", phone_cipher = ?, phone_index = ?") + " WHERE case_id = ? AND "
                + (storedKeyId == null ? "personal_key_id IS NULL" : "personal_key_id = ?"));
        for (int i = 0; i < values.size(); i++) {
            update.setParameter(i + 1, values.get(i));
        }
        return update.executeUpdate();
    }

    private long pending(String keyId) {
        return unit.inTransaction(em -> em.createQuery("SELECT COUNT(c) FROM CaseEntity c"
                + " WHERE c.personalKeyId IS NULL OR c.personalKeyId <> :k", Long.class).setParameter("k", keyId)
                .getSingleResult());
    }

    private static Map<String, String> ended(String stage, String keyId, int rows, int batches, String last) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("stage", stage);
        details.put("keyId", keyId);
        details.put("rows", String.valueOf(rows));
        details.put("batches", String.valueOf(batches));
        details.put(stage.equals("finished") ? "remaining" : "error", last);
        return details;
    }
}
