package org.bianmin.proxy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.bianmin.audit.AuditEventType;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.DutyShift;
import org.bianmin.proxy.LedgerAssignment;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.internal.persistence.AgentEntity;
import org.bianmin.proxy.internal.persistence.AssignmentEntity;
import org.bianmin.proxy.internal.persistence.DutyEntity;
import org.bianmin.proxy.internal.persistence.PointEntity;
import org.bianmin.proxy.internal.persistence.ProxyStorage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@link ProxyPoints} on Jakarta Persistence: each operation is one transaction of the ledger's
 * {@link JpaUnit}; a refusal throws inside it, so nothing is written. The logins that reach the whole
 * county are configuration (PID {@value ProxyLedgerConfig#PID}, {@code county.logins}); the others'
 * reach is the assignments in {@code proxy_assignment}. A change of assignments is recorded in the
 * ledger's audit outbox in its own transaction ({@code PROXY_ASSIGNMENT_GRANTED},
 * {@code PROXY_ASSIGNMENT_WITHDRAWN}); in OSGi the audit trail is mandatory, as for the cases.
 */
@Component(service = ProxyPoints.class, configurationPid = ProxyLedgerConfig.PID)
public final class ProxyPointsComponent implements ProxyPoints {
    @Reference(policy = ReferencePolicy.DYNAMIC)
    private volatile AuditTrail auditTrail;

    private final JpaUnit unit;
    private final TimeSource time;
    private final Set<String> countyLogins;
    private final AuditSink audit;

    /**
     * @param unit         the persistence unit (migrated)
     * @param trails       gives the audit trail, or null while none is registered
     * @param time         the clock
     * @param countyLogins the logins that reach every point of the county
     */
    public ProxyPointsComponent(JpaUnit unit, Supplier<AuditTrail> trails, TimeSource time, Set<String> countyLogins) {
        this.unit = Checks.required(unit, "persistence unit");
        this.time = Checks.required(time, "time source");
        this.countyLogins = Set.copyOf(Checks.required(countyLogins, "county-wide logins"));
        this.audit = new AuditSink(unit, Checks.required(trails, "audit trail supplier"), time);
    }

    /** The service in OSGi, on the ledger's database and the platform's clock (the system clock without one). */
    @Activate
    public ProxyPointsComponent(@Reference ProxyStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock, ProxyLedgerConfig config) {
        this.unit = storage.unit();
        this.time = TimeSource.orSystem(clock);
        this.countyLogins = countyLogins(config);
        this.audit = new AuditSink(unit, () -> auditTrail, time);
    }

    /** The configured county-wide logins, one per value or comma-separated, blanks dropped. */
    static Set<String> countyLogins(ProxyLedgerConfig config) {
        Set<String> logins = new java.util.LinkedHashSet<>();
        for (String value : config.county_logins() == null ? new String[0] : config.county_logins()) {
            for (String login : value == null ? new String[0] : value.split(",")) {
                String text = Checks.optionalText(login);
                if (text != null) {
                    logins.add(text);
                }
            }
        }
        return logins;
    }

    @Override
    public ProxyPoint registerPoint(ProxyPoint point, Actor actor) {
        Checks.required(point, "point");
        Checks.required(actor, "actor");
        return unit.inTransaction(em -> {
            Reach.of(em, actor, countyLogins).require(em, LedgerScope.township(point.township()));
            if (em.find(PointEntity.class, point.id()) != null) {
                throw BianminException.invalid("a proxy point with id '" + point.id() + "' is already registered");
            }
            em.persist(new PointEntity(point, time.now()));
            return point;
        });
    }

    @Override
    public ProxyPoint point(String pointId) {
        return unit.inTransaction(em -> Lookups.point(em, pointId).toPoint());
    }

    @Override
    public List<ProxyPoint> points(LedgerScope scope) {
        Checks.required(scope, "scope");
        String field = switch (scope.level()) {
            case POINT -> "pointId";
            case TOWNSHIP -> "townshipCode";
            case COUNTY -> "countyCode";
        };
        return unit.inTransaction(em -> em.createQuery("SELECT p FROM PointEntity p WHERE p." + field
                + " = :id ORDER BY p.pointId", PointEntity.class).setParameter("id", scope.id()).getResultList()
                .stream().map(PointEntity::toPoint).toList());
    }

    @Override
    public Agent registerAgent(Agent agent, Actor actor) {
        Checks.required(agent, "agent");
        return Lookups.atPoint(unit, agent.pointId(), actor, em -> {
            Reach.of(em, actor, countyLogins).require(em, LedgerScope.point(agent.pointId()));
            if (em.find(AgentEntity.class, agent.id()) != null) {
                throw BianminException.invalid("an agent with id '" + agent.id() + "' is already registered");
            }
            em.persist(new AgentEntity(agent));
            return agent;
        });
    }

    @Override
    public List<Agent> agents(String pointId) {
        return unit.inTransaction(em -> {
            Lookups.point(em, pointId);
            return em.createQuery("SELECT a FROM AgentEntity a WHERE a.pointId = :p ORDER BY a.agentId",
                    AgentEntity.class).setParameter("p", pointId).getResultList().stream().map(AgentEntity::toAgent)
                    .toList();
        });
    }

    @Override
    public DutyShift scheduleDuty(DutyShift shift, Actor actor) {
        Checks.required(shift, "duty shift");
        return Lookups.atPoint(unit, shift.pointId(), actor, em -> {
            Reach.of(em, actor, countyLogins).require(em, LedgerScope.point(shift.pointId()));
            Lookups.agentOf(em, shift.agentId(), shift.pointId());
            if (em.find(DutyEntity.class, DutyEntity.key(shift)) == null) {
                em.persist(new DutyEntity(shift));
            }
            return shift;
        });
    }

    @Override
    public List<DutyShift> roster(String pointId, ReportingPeriod period) {
        return Lookups.ledger(unit, DutyEntity.class, pointId, "dutyDay", "agentId", period, DutyEntity::toShift);
    }

    @Override
    public LedgerAssignment assign(LedgerAssignment assignment, Actor actor) {
        Checks.required(assignment, "assignment");
        Checks.required(actor, "actor");
        return unit.inTransaction(em -> {
            requireCountyWide(em, actor);
            if (assignment.scope().level() == LedgerScope.Level.POINT) {
                Lookups.point(em, assignment.scope().id());
                Lookups.agentOf(em, assignment.agentId(), assignment.scope().id());
            }
            AssignmentEntity existing = em.find(AssignmentEntity.class,
                    AssignmentEntity.key(assignment.login(), assignment.scope()));
            if (existing != null) {
                em.remove(existing);
                em.flush();
            }
            em.persist(new AssignmentEntity(assignment, actor, time.now()));
            audit.record(em, AuditEventType.PROXY_ASSIGNMENT_GRANTED, actor, "login:" + assignment.login(),
                    assignmentDetails(assignment.scope(), assignment.agentId()));
            return assignment;
        });
    }

    @Override
    public void withdraw(String login, LedgerScope scope, Actor actor) {
        String who = Checks.text(login, "login", 128);
        Checks.required(scope, "scope");
        Checks.required(actor, "actor");
        unit.inTransaction(em -> {
            requireCountyWide(em, actor);
            AssignmentEntity existing = em.find(AssignmentEntity.class, AssignmentEntity.key(who, scope));
            if (existing == null) {
                throw BianminException.invalid("login '" + who + "' has no assignment to " + scope);
            }
            em.remove(existing);
            audit.record(em, AuditEventType.PROXY_ASSIGNMENT_WITHDRAWN, actor, "login:" + who,
                    assignmentDetails(scope, null));
            return null;
        });
    }

    /** An assignment's scope (level and id) and, for a point, the agent the login acts as. */
    private static Map<String, String> assignmentDetails(LedgerScope scope, String agentId) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("level", scope.level().name());
        details.put("scope", scope.id());
        if (agentId != null) {
            details.put("agent", agentId);
        }
        return details;
    }

    @Override
    public List<LedgerAssignment> assignments(String login) {
        String who = Checks.text(login, "login", 128);
        return unit.inTransaction(em -> Reach.assignments(em, who));
    }

    @Override
    public List<LedgerScope> reach(Actor actor) {
        Checks.required(actor, "actor");
        return unit.inTransaction(em -> Reach.of(em, actor, countyLogins).scopes(DivisionCode.LUDING.value()));
    }

    @Override
    public void requireReach(LedgerScope scope, Actor actor) {
        Checks.required(scope, "scope");
        Checks.required(actor, "actor");
        unit.inTransaction(em -> {
            Reach.of(em, actor, countyLogins).require(em, scope);
            return null;
        });
    }

    private void requireCountyWide(jakarta.persistence.EntityManager em, Actor actor) {
        Reach.of(em, actor, countyLogins).require(em, LedgerScope.county(DivisionCode.LUDING));
    }
}
