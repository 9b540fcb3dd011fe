package org.bianmin.audit.spi;

import java.time.Instant;
import org.bianmin.audit.AuditEvent;
import org.bianmin.core.Checks;

/**
 * One audit event waiting in a module's {@link AuditOutbox} for the trail to integrate it.
 *
 * @param id         the outbox's number for the record, unique within its outbox; records are
 *                   integrated in ascending order of it
 * @param event      the event, as the change's transaction wrote it
 * @param recordedAt when the change's transaction wrote it (by the module's clock), e.g. to tell
 *                   how long a record has waited
 */
public record OutboxRecord(long id, AuditEvent event, Instant recordedAt) {
    public OutboxRecord {
        Checks.required(event, "audit event");
        Checks.required(recordedAt, "recording time");
    }
}
