package org.bianmin.seal.internal.persistence;

import java.util.List;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.audit.spi.OutboxRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The seal registry's audit outbox ({@code seal_audit_outbox}) as an OSGi service, so that the
 * audit trail integrates what the registry, the signer and the OFD sealer recorded there also when
 * no one asked it right after the commit (the trail was stopped, or failed then).
 */
@Component(service = AuditOutbox.class, immediate = true)
public final class SealAuditOutbox implements AuditOutbox {
    private final AuditOutbox outbox;

    @Activate
    public SealAuditOutbox(@Reference SealStorage storage) {
        this.outbox = storage.store().auditOutbox();
    }

    @Override
    public String source() {
        return outbox.source();
    }

    @Override
    public List<OutboxRecord> pending(int max) {
        return outbox.pending(max);
    }

    @Override
    public void integrated(List<Long> ids) {
        outbox.integrated(ids);
    }
}
