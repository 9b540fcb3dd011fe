package org.bianmin.internal.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.audit.spi.OutboxRecord;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.persistence.JpaUnit;

/**
 * A module's audit outbox ({@link AuditOutbox}) in its own schema: the table
 * {@code <source>_audit_outbox} and its id sequence {@code <source>_audit_outbox_seq}, which the
 * module's migration creates:
 *
 * <pre>
 * CREATE SEQUENCE seal_audit_outbox_seq ${bigsequence} START WITH 1 INCREMENT BY 1;
 * CREATE TABLE seal_audit_outbox (
 *     id              BIGINT NOT NULL,
 *     event_type      VARCHAR(64) NOT NULL,
 *     actor_id        VARCHAR(128) NOT NULL,
 *     subject         VARCHAR(256) NOT NULL,
 *     details         ${text} NOT NULL,
 *     recorded_micros BIGINT NOT NULL,
 *     CONSTRAINT pk_seal_audit_outbox PRIMARY KEY (id)
 * );
 * </pre>
 *
 * <p>{@link #insert} writes with the caller's entity manager, so the event commits or rolls back
 * with the change; {@link #pending} and {@link #integrated} run in transactions of their own. Ids
 * come from the sequence, so two transactions may commit in the opposite order of their ids:
 * {@code pending} lists what is there, never "what is above the last id seen".
 */
public final class AuditOutboxTable implements AuditOutbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final int DELETE_CHUNK = 500;

    private final JpaUnit unit;
    private final String source;
    private final String table;
    private final String sequence;

    /**
     * The outbox {@code source} (a lower-case SQL name, e.g. {@code seal}) on {@code unit}, whose
     * migrations created its table and sequence.
     */
    public AuditOutboxTable(JpaUnit unit, String source) {
        if (source == null || !source.matches("[a-z][a-z0-9_]{0,31}")) {
            throw new IllegalArgumentException("an outbox source is a lower-case SQL name, got " + source);
        }
        this.unit = unit;
        this.source = source;
        this.table = source + "_audit_outbox";
        this.sequence = table + "_seq";
    }

    @Override
    public String source() {
        return source;
    }

    /** Writes {@code event}, recorded at {@code at}, in the transaction of {@code manager}; returns its id. */
    public long insert(EntityManager manager, AuditEvent event, Instant at) {
        long id = ((Number) manager.createNativeQuery(unit.dialect().nextValue(sequence)).getSingleResult())
                .longValue();
        manager.createNativeQuery("INSERT INTO " + table
                        + " (id, event_type, actor_id, subject, details, recorded_micros) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, event.type().name())
                .setParameter(3, event.actor().id())
                .setParameter(4, event.subject())
                .setParameter(5, details(event.details()))
                .setParameter(6, ChronoUnit.MICROS.between(Instant.EPOCH, at))
                .executeUpdate();
        return id;
    }

    @Override
    public List<OutboxRecord> pending(int max) {
        if (max < 1) {
            throw BianminException.invalid("ask for at least one pending record, got " + max);
        }
        return unit.inTransaction(manager -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = manager.createNativeQuery("SELECT id, event_type, actor_id, subject, details,"
                    + " recorded_micros FROM " + table + " ORDER BY id").setMaxResults(max).getResultList();
            List<OutboxRecord> records = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                AuditEvent event = new AuditEvent(AuditEventType.valueOf((String) row[1]), Actor.of((String) row[2]),
                        (String) row[3], details(id, text(row[4])));
                records.add(new OutboxRecord(id, event,
                        Instant.EPOCH.plus(((Number) row[5]).longValue(), ChronoUnit.MICROS)));
            }
            return records;
        });
    }

    @Override
    public void integrated(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        unit.run(manager -> {
            for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
                String list = ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK)).stream()
                        .map(id -> Long.toString(id)).collect(Collectors.joining(", "));
                manager.createNativeQuery("DELETE FROM " + table + " WHERE id IN (" + list + ")").executeUpdate();
            }
        });
    }

    private static String details(Map<String, String> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details of strings always serialise", e);
        }
    }

    private Map<String, String> details(long id, String json) {
        try {
            return JSON.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "record " + id + " of " + table
                    + " has details that are not a JSON object of strings: the row was changed outside the platform", e);
        }
    }

    /** A text column's value: a String, or a CLOB on H2 and Derby. */
    private static String text(Object value) {
        if (!(value instanceof Clob clob)) {
            return (String) value;
        }
        try (Reader reader = clob.getCharacterStream()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return text.toString();
        } catch (SQLException | IOException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE, "cannot read an audit outbox record: "
                    + e.getMessage(), e);
        }
    }
}
