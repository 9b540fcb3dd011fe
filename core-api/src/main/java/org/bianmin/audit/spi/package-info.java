/**
 * Plug-in points of the audit trail: {@link org.bianmin.audit.spi.AuditKey}, the county audit key
 * that signs checkpoints with SM2 (GB/T 32918) and, in their signed notes, with Ed25519; and
 * {@link org.bianmin.audit.spi.AuditOutbox}, a module's outbox of audit events written in the
 * transaction of the change they record, which the trail integrates into its log exactly once.
 */
@Version("1.2.0")
@Export
package org.bianmin.audit.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
