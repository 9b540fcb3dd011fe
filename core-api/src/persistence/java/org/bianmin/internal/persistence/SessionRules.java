package org.bianmin.internal.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * What every unit's EclipseLink session is told before it logs in: the column names
 * ({@link SnakeCaseColumns}), and that a query whose connection broke fails at once. EclipseLink
 * would otherwise run such a query again, three times, five seconds apart, on a fresh connection:
 * while the database is down that holds the request 15 s before it fails all the same. Failing at
 * once gives the caller {@code STORAGE_FAILURE} (503) in milliseconds; the connection pool drops
 * the broken connection, so the caller's retry gets a fresh one.
 */
public final class SessionRules implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new SnakeCaseColumns().customize(session);
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
