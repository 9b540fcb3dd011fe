package org.bianmin.seal.internal.persistence;

import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.internal.outbox.OutboxService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The seal registry's audit outbox ({@code seal_audit_outbox}) as an OSGi service, so that the
 * audit trail integrates what the registry, the signer and the OFD sealer recorded there also when
 * no one asked it right after the commit (the trail was stopped, or failed then).
 */
@Component(service = AuditOutbox.class, immediate = true)
public final class SealAuditOutbox extends OutboxService {
    @Activate
    public SealAuditOutbox(@Reference SealStorage storage) {
        super(storage.store().auditOutbox());
    }
}
