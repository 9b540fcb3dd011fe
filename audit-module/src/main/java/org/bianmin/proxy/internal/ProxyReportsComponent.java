package org.bianmin.proxy.internal;

import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.CaseState;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.PointActivity;
import org.bianmin.proxy.ProxyReports;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.ServiceIndicators;
import org.bianmin.proxy.UnansweredCase;
import org.bianmin.proxy.UnansweredReport;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.internal.catalogue.CatalogueTerms;
import org.bianmin.proxy.internal.catalogue.ServiceCatalogueTerms;
import org.bianmin.proxy.internal.persistence.ProxyStorage;
import org.bianmin.proxy.internal.persistence.AgentEntity;
import org.bianmin.proxy.internal.persistence.CaseEntity;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.internal.persistence.PointEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@link ProxyReports} computed in the database from indexed columns: the "every case answered"
 * report, the service indicators (docs/requirements.md K-*) and a point's activity (V-ONDUTY,
 * V-FEEDBACK, V-SUPERVISE). In OSGi the working-day calendar is an optional, dynamic reference read
 * at each call; without it duty days are Monday–Friday. Configuration PID {@value ProxyLedgerConfig#PID}
 * ({@code good.rating}).
 */
@Component(service = ProxyReports.class, configurationPid = ProxyLedgerConfig.PID)
public final class ProxyReportsComponent implements ProxyReports {
    private static final int MAX_PERIOD_DAYS = 366 * 5;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile WorkingDays workingDays;

    private final JpaUnit unit;
    private final CatalogueTerms catalogue;
    private final TimeSource time;
    private final int goodRating;

    /**
     * @param unit       the persistence unit (migrated)
     * @param catalogue  working days
     * @param time       the clock, for what is overdue today
     * @param goodRating the lowest rating that counts as good for K-RATING (4 of 5 by default)
     */
    public ProxyReportsComponent(JpaUnit unit, CatalogueTerms catalogue, TimeSource time, int goodRating) {
        this.unit = Checks.required(unit, "persistence unit");
        this.catalogue = Checks.required(catalogue, "catalogue");
        this.time = Checks.required(time, "time source");
        this.goodRating = goodRating(goodRating);
    }

    /** The service in OSGi, on the ledger's database, the registered calendar and the platform's clock. */
    @Activate
    public ProxyReportsComponent(@Reference ProxyStorage storage,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TimeSource clock,
            ProxyLedgerConfig config) {
        this.unit = storage.unit();
        this.catalogue = ServiceCatalogueTerms.live(() -> null, () -> workingDays);
        this.time = TimeSource.orSystem(clock);
        this.goodRating = goodRating(config.good_rating());
    }

    @Override
    public UnansweredReport unanswered(LedgerScope scope, LocalDate asOf) {
        Checks.required(scope, "scope");
        Checks.required(asOf, "as of");
        List<UnansweredCase> cases = unit.inTransaction(em -> {
            Lookups.requireScope(em, scope);
            List<Object[]> rows = em.createQuery("SELECT c.caseId, c.pointId, c.townshipCode, c.caseState,"
                    + " c.receivedDay, c.deadlineDay, c.resultDay, c.deadlineProvisional, c.recordedLate FROM CaseEntity c WHERE " + Lookups.caseColumn(scope)
                    + " = :id AND c.answered = 0 AND c.receivedDay <= :asOf ORDER BY c.receivedDay, c.caseId",
                    Object[].class).setParameter("id", scope.id()).setParameter("asOf", Lookups.day(asOf)).getResultList();
            List<UnansweredCase> list = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                LocalDate received = LocalDate.ofEpochDay(((Number) row[4]).longValue());
                LocalDate deadline = row[5] == null ? null : LocalDate.ofEpochDay(((Number) row[5]).longValue());
                boolean overdue = deadline != null && row[6] == null && asOf.isAfter(deadline);
                list.add(new UnansweredCase((String) row[0], (String) row[1], DivisionCode.of((String) row[2]),
                        CaseState.valueOf((String) row[3]), received, ChronoUnit.DAYS.between(received, asOf),
                        deadline, ((Number) row[7]).intValue() == 1, overdue, ((Number) row[8]).intValue() == 1));
            }
            return list;
        });
        return new UnansweredReport(scope, asOf, cases);
    }

    @Override
    public List<UnansweredCase> overdue(LedgerScope scope, LocalDate asOf) {
        return unanswered(scope, asOf).cases().stream().filter(UnansweredCase::overdue).toList();
    }

    @Override
    public ServiceIndicators indicators(LedgerScope scope, ReportingPeriod period) {
        Checks.required(scope, "scope");
        Checks.required(period, "period");
        LocalDate today = LocalDate.ofInstant(time.now(), time.zone());
        Object[] row = unit.inTransaction(em -> {
            Lookups.requireScope(em, scope);
            return em.createQuery(CaseCounts.SELECT + "FROM CaseEntity c WHERE " + Lookups.caseColumn(scope)
                    + " = :id AND c.receivedDay BETWEEN :from AND :to", Object[].class)
                    .setParameter("id", scope.id()).setParameter("from", Lookups.day(period.from()))
                    .setParameter("to", Lookups.day(period.to())).setParameter("today", Lookups.day(today))
                    .setParameter("good", goodRating).getSingleResult();
        });
        CaseCounts counts = new CaseCounts(row);
        return new ServiceIndicators(scope, period, counts.oneTrip(), counts.answered(), counts.onTime(),
                counts.onTimeProvisional(), counts.rating(), counts.special());
    }

    @Override
    public PointActivity activity(String pointId, ReportingPeriod period) {
        Checks.required(period, "period");
        if (period.days() > MAX_PERIOD_DAYS) {
            throw new BianminException(ErrorCode.DATE_RANGE_INVALID, "a point's activity covers at most "
                    + MAX_PERIOD_DAYS + " days, asked for " + period.days());
        }
        return unit.inTransaction(em -> {
            PointEntity point = Lookups.point(em, pointId);
            int from = Lookups.day(period.from());
            int to = Lookups.day(period.to());
            Set<Integer> rostered = new HashSet<>(em.createQuery("SELECT DISTINCT d.dutyDay FROM DutyEntity d"
                    + " WHERE d.pointId = :p AND d.dutyDay BETWEEN :from AND :to", Integer.class)
                    .setParameter("p", pointId).setParameter("from", from).setParameter("to", to).getResultList());
            List<LocalDate> dutyDays = new ArrayList<>();
            List<LocalDate> without = new ArrayList<>();
            for (LocalDate date = period.from(); !date.isAfter(period.to()); date = date.plusDays(1)) {
                if (workingDay(date)) {
                    dutyDays.add(date);
                    if (!rostered.contains(Lookups.day(date))) {
                        without.add(date);
                    }
                }
            }
            List<AgentRole> roles = em.createQuery("SELECT a FROM AgentEntity a WHERE a.pointId = :p ORDER BY a.agentId",
                    AgentEntity.class).setParameter("p", pointId).getResultList().stream()
                    .map(agent -> agent.toAgent().role()).toList();
            Object[] cases = em.createQuery("SELECT COUNT(c), SUM(CASE WHEN c.resultDay IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(c.answered) FROM CaseEntity c WHERE c.pointId = :p AND c.receivedDay BETWEEN :from AND :to",
                    Object[].class).setParameter("p", pointId).setParameter("from", from).setParameter("to", to)
                    .getSingleResult();
            TypedQuery<Integer> inspections = em.createQuery("SELECT i.inspectionDay FROM InspectionEntity i"
                    + " WHERE i.pointId = :p AND i.inspectionDay BETWEEN :from AND :to ORDER BY i.inspectionDay",
                    Integer.class).setParameter("p", pointId).setParameter("from", from).setParameter("to", to);
            return new PointActivity(point.toPoint(), period, dutyDays, without, roles, count(cases[0]),
                    count(cases[1]), count(cases[2]),
                    inspections.getResultList().stream().map(d -> LocalDate.ofEpochDay(d)).toList());
        });
    }

    private boolean workingDay(LocalDate date) {
        try {
            return catalogue.isWorkingDay(date);
        } catch (BianminException e) {
            if (e.code() != ErrorCode.CALENDAR_NOT_COVERED) {
                throw e;
            }
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static int goodRating(int stars) {
        if (stars < 1 || stars > 5) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "a good rating is 1–5 stars, got " + stars);
        }
        return stars;
    }
}
