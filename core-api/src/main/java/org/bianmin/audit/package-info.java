/**
 * The tamper-evident audit trail (docs/requirements.md "every privileged action in
 * the audit trail"): events are appended as leaves of an RFC 9162 Merkle tree hashed with SM3
 * (GB/T 32905); checkpoints are signed with SM2 (GB/T 32918) so that an auditor who does not trust
 * the database can prove that no entry was changed, removed or inserted.
 */
@Version("1.5.0")
@Export
package org.bianmin.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
