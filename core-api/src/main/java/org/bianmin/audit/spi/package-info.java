/**
 * Plug-in point of the audit trail: {@link org.bianmin.audit.spi.AuditKey}, the county audit key
 * that signs checkpoints with SM2 (GB/T 32918) and, in their signed notes, with Ed25519.
 */
@Version("1.1.0")
@Export
package org.bianmin.audit.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
