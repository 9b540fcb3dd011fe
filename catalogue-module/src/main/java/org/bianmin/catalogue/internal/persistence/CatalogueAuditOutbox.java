package org.bianmin.catalogue.internal.persistence;

import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.internal.outbox.AuditOutboxTable;
import org.bianmin.internal.outbox.OutboxService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The catalogue's audit outbox ({@code catalogue_audit_outbox}) as an OSGi service, so that the
 * audit trail integrates what the catalogue's changes recorded there also when no one asked it right
 * after the commit (the trail was stopped, or failed then).
 */
@Component(service = AuditOutbox.class, immediate = true)
public final class CatalogueAuditOutbox extends OutboxService {
    /** The outbox's name; the catalogue engine writes under the same one. */
    public static final String SOURCE = "catalogue";

    @Activate
    public CatalogueAuditOutbox(@Reference CatalogueStorage storage) {
        super(new AuditOutboxTable(storage.unit(), SOURCE));
    }
}
