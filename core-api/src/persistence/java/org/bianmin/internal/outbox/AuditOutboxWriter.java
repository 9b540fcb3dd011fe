package org.bianmin.internal.outbox;

import jakarta.persistence.EntityManager;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.persistence.JpaUnit;

/**
 * How a module records a privileged action: the event goes into the module's
 * {@link AuditOutboxTable} in the change's own transaction (one connection, no lock outside the
 * module's schema), so a change that rolls back leaves no event and a change that commits always
 * has one; once the transaction has committed, the audit trail registered at that moment is asked
 * to integrate the outbox ({@link AuditTrail#integrate}), once per transaction however many events
 * it wrote. When no trail is registered, or it fails, the events wait in the outbox for the trail's
 * next pass: the change stands and its event is not lost.
 *
 * <p>The trail integrates one outbox one pass at a time. A transaction that commits while this
 * writer's integration is under way does not queue behind it: it leaves its events to that
 * integration, which runs once more before it returns (a group commit). Under load the changes of
 * many requests go into the log in fewer passes, and the request whose integration is under way runs
 * them, for as long as others commit meanwhile; without concurrent changes each operation's events
 * are in the log when it returns, as before.
 */
public final class AuditOutboxWriter {
    private static final System.Logger LOG = System.getLogger(AuditOutboxWriter.class.getName());

    private final JpaUnit unit;
    private final AuditOutboxTable outbox;
    private final Supplier<AuditTrail> trails;
    private final TimeSource clock;
    private final Runnable nudge = this::integrateCommitted;
    private final ReentrantLock integrating = new ReentrantLock();
    private final AtomicBoolean committedSince = new AtomicBoolean();

    /**
     * @param unit   the module's persistence unit, whose transactions the events join
     * @param outbox the module's outbox on that unit
     * @param trails the trail registered at each call, or null when none is
     * @param clock  the time recorded with each event
     */
    public AuditOutboxWriter(JpaUnit unit, AuditOutboxTable outbox, Supplier<AuditTrail> trails, TimeSource clock) {
        this.unit = unit;
        this.outbox = outbox;
        this.trails = trails == null ? () -> null : trails;
        this.clock = clock;
    }

    /** Writes {@code event} in the transaction of {@code manager}, a transaction of this writer's unit. */
    public void write(EntityManager manager, AuditEvent event) {
        outbox.insert(manager, event, clock.now());
        unit.afterCommit(manager, nudge);
    }

    /**
     * After a commit: integrates the outbox unless this writer's integration is under way, and then
     * again for as long as transactions committed during the last one. The flag is set before the
     * lock is tried and read after it is released, so no commit is left without an integration that
     * starts after it.
     */
    private void integrateCommitted() {
        committedSince.set(true);
        while (committedSince.get() && integrating.tryLock()) {
            try {
                committedSince.set(false);
                integrate();
            } finally {
                integrating.unlock();
            }
        }
    }

    private void integrate() {
        AuditTrail trail = trails.get();
        if (trail == null) {
            return;
        }
        try {
            trail.integrate(outbox);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the audit trail did not take the " + outbox.source() + " outbox now ("
                    + e.getMessage() + "); its records wait there for the trail's next pass", e);
        }
    }
}
