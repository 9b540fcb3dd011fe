package org.bianmin.proxy.internal.persistence;

import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.internal.outbox.AuditOutboxTable;
import org.bianmin.internal.outbox.OutboxService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The proxy ledger's audit outbox ({@code proxy_audit_outbox}) as an OSGi service, so that the audit
 * trail integrates what the ledger recorded there also when no one asked it right after the commit
 * (the trail was stopped, or failed then).
 */
@Component(service = AuditOutbox.class, immediate = true)
public final class ProxyAuditOutbox extends OutboxService {
    /** The outbox's name; the ledger writes under the same one. */
    public static final String SOURCE = "proxy";

    @Activate
    public ProxyAuditOutbox(@Reference ProxyStorage storage) {
        super(new AuditOutboxTable(storage.unit(), SOURCE));
    }
}
