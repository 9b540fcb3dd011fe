package org.bianmin.internal.outbox;

import java.util.List;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.audit.spi.OutboxRecord;

/**
 * The base of a bundle's {@link AuditOutbox} service: the bundle's component extends it, names
 * {@code AuditOutbox} as its service and passes its {@link AuditOutboxTable}, so that the audit
 * trail finds the outbox and integrates it on its own passes.
 */
public abstract class OutboxService implements AuditOutbox {
    private final AuditOutboxTable outbox;

    protected OutboxService(AuditOutboxTable outbox) {
        this.outbox = outbox;
    }

    @Override
    public final String source() {
        return outbox.source();
    }

    @Override
    public final List<OutboxRecord> pending(int max) {
        return outbox.pending(max);
    }

    @Override
    public final void integrated(List<Long> ids) {
        outbox.integrated(ids);
    }
}
