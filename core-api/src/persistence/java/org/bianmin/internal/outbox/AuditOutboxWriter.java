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
 * integration, which runs once more before it returns (a group commit). It runs once more only: a
 * request does not pay for the passes of others that keep committing, and what commits during its
 * second pass is taken by the next commit's integration or, at the latest, by the trail's periodic
 * pass. Without concurrent changes each operation's events are in the log when it returns, as
 * before.
 */
public final class AuditOutboxWriter {
    private static final System.Logger LOG = System.getLogger(AuditOutboxWriter.class.getName());
    /** The passes one commit runs at most: its own, and one for the transactions that committed during it. */
    static final int PASSES = 2;

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
     * once more if transactions committed during it. The flag is set before the lock is tried and
     * read after it is released, so a commit is left without an integration that starts after it
     * only when that one had run its {@value #PASSES} passes; the trail's periodic pass takes it then.
     */
    private void integrateCommitted() {
        committedSince.set(true);
        for (int pass = 0; pass < PASSES && committedSince.get() && integrating.tryLock(); pass++) {
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
