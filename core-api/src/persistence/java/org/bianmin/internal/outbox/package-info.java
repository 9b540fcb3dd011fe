/**
 * The audit outbox every auditing bundle shares at build time
 * ({@link org.bianmin.internal.outbox.AuditOutboxTable}, {@link org.bianmin.internal.outbox.AuditOutboxWriter}):
 * a change writes its audit event into its own schema's {@code <source>_audit_outbox} table in its
 * own transaction, and after the commit asks the audit trail to integrate it.
 *
 * <p>Like {@code org.bianmin.internal.persistence}, it is compiled into core-api's
 * {@code persistence} jar and never exported; bnd's {@code -conditionalpackage} copies it into each
 * bundle that uses it as a private package.
 */
package org.bianmin.internal.outbox;
