package org.bianmin.proxy.internal;

import jakarta.persistence.EntityManager;
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
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.Ratio;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.ServiceIndicators;
import org.bianmin.proxy.UnansweredCase;
import org.bianmin.proxy.UnansweredReport;
import org.bianmin.proxy.internal.catalogue.CatalogueTerms;
import org.bianmin.proxy.internal.persistence.AgentEntity;
import org.bianmin.proxy.internal.persistence.CaseEntity;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.internal.persistence.PointEntity;

/**
 * The ledger's reports, computed in the database from indexed columns: the "every case answered"
 * report, the service indicators (docs/requirements.md K-*) and a point's activity (V-ONDUTY, V-FEEDBACK,
 * V-SUPERVISE).
 */
final class LedgerReports {
    private static final int MAX_PERIOD_DAYS = 366 * 5;

    private final JpaUnit unit;
    private final CatalogueTerms catalogue;
    private final int goodRating;

    LedgerReports(JpaUnit unit, CatalogueTerms catalogue, int goodRating) {
        if (goodRating < 1 || goodRating > 5) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "a good rating is 1–5 stars, got " + goodRating);
        }
        this.unit = unit;
        this.catalogue = catalogue;
        this.goodRating = goodRating;
    }

    private static String column(LedgerScope scope) {
        return switch (scope.level()) {
            case POINT -> "c.pointId";
            case TOWNSHIP -> "c.townshipCode";
            case COUNTY -> "c.countyCode";
        };
    }

    private static void requireScope(EntityManager em, LedgerScope scope) {
        if (scope.level() == LedgerScope.Level.POINT) {
            Lookups.point(em, scope.id());
        }
    }

    List<ProxyCase> cases(LedgerScope scope, ReportingPeriod period) {
        Checks.required(scope, "scope");
        Checks.required(period, "period");
        return unit.inTransaction(em -> {
            requireScope(em, scope);
            return em.createQuery("SELECT c FROM CaseEntity c WHERE " + column(scope) + " = :id AND c.receivedDay"
                    + " BETWEEN :from AND :to ORDER BY c.receivedAt, c.caseId", CaseEntity.class)
                    .setParameter("id", scope.id()).setParameter("from", day(period.from()))
                    .setParameter("to", day(period.to())).getResultList().stream().map(CaseEntity::toCase).toList();
        });
    }

    UnansweredReport unanswered(LedgerScope scope, LocalDate asOf) {
        Checks.required(scope, "scope");
        Checks.required(asOf, "as of");
        List<UnansweredCase> cases = unit.inTransaction(em -> {
            requireScope(em, scope);
            List<Object[]> rows = em.createQuery("SELECT c.caseId, c.pointId, c.townshipCode, c.caseState,"
                    + " c.receivedDay, c.deadlineDay, c.resultDay, c.deadlineProvisional FROM CaseEntity c WHERE " + column(scope)
                    + " = :id AND c.answered = 0 AND c.receivedDay <= :asOf ORDER BY c.receivedDay, c.caseId",
                    Object[].class).setParameter("id", scope.id()).setParameter("asOf", day(asOf)).getResultList();
            List<UnansweredCase> list = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                LocalDate received = LocalDate.ofEpochDay(((Number) row[4]).longValue());
                LocalDate deadline = row[5] == null ? null : LocalDate.ofEpochDay(((Number) row[5]).longValue());
                boolean overdue = deadline != null && row[6] == null && asOf.isAfter(deadline);
                list.add(new UnansweredCase((String) row[0], (String) row[1], DivisionCode.of((String) row[2]),
                        CaseState.valueOf((String) row[3]), received, ChronoUnit.DAYS.between(received, asOf),
                        deadline, ((Number) row[7]).intValue() == 1, overdue));
            }
            return list;
        });
        return new UnansweredReport(scope, asOf, cases);
    }

    ServiceIndicators indicators(LedgerScope scope, ReportingPeriod period, LocalDate today) {
        Checks.required(scope, "scope");
        Checks.required(period, "period");
        Object[] row = unit.inTransaction(em -> {
            requireScope(em, scope);
            return em.createQuery("SELECT COUNT(c),"
                    + " SUM(CASE WHEN c.visits <= 1 THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.resultDay IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(c.answered),"
                    + " SUM(CASE WHEN c.resultDay IS NOT NULL AND c.resultDay <= c.deadlineDay THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.resultDay IS NULL AND c.deadlineDay < :today THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.rating IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.rating >= :good THEN 1 ELSE 0 END),"
                    + " SUM(c.specialNeeds), SUM(c.specialServed),"
                    + " SUM(CASE WHEN c.deadlineProvisional = 1 AND (c.resultDay IS NOT NULL OR c.deadlineDay < :today)"
                    + " THEN 1 ELSE 0 END)"
                    + " FROM CaseEntity c WHERE " + column(scope) + " = :id AND c.receivedDay BETWEEN :from AND :to",
                    Object[].class).setParameter("id", scope.id()).setParameter("from", day(period.from()))
                    .setParameter("to", day(period.to())).setParameter("today", day(today))
                    .setParameter("good", goodRating).getSingleResult();
        });
        long all = count(row[0]);
        long withResult = count(row[2]);
        return new ServiceIndicators(scope, period,
                new Ratio(count(row[1]), all),
                new Ratio(count(row[3]), withResult),
                new Ratio(count(row[4]), withResult + count(row[5])),
                (int) count(row[10]),
                new Ratio(count(row[7]), count(row[6])),
                new Ratio(count(row[9]), count(row[8])));
    }

    PointActivity activity(String pointId, ReportingPeriod period) {
        Checks.required(period, "period");
        if (period.days() > MAX_PERIOD_DAYS) {
            throw new BianminException(ErrorCode.DATE_RANGE_INVALID, "a point's activity covers at most "
                    + MAX_PERIOD_DAYS + " days, asked for " + period.days());
        }
        return unit.inTransaction(em -> {
            PointEntity point = Lookups.point(em, pointId);
            int from = day(period.from());
            int to = day(period.to());
            Set<Integer> rostered = new HashSet<>(em.createQuery("SELECT DISTINCT d.dutyDay FROM DutyEntity d"
                    + " WHERE d.pointId = :p AND d.dutyDay BETWEEN :from AND :to", Integer.class)
                    .setParameter("p", pointId).setParameter("from", from).setParameter("to", to).getResultList());
            List<LocalDate> dutyDays = new ArrayList<>();
            List<LocalDate> without = new ArrayList<>();
            for (LocalDate date = period.from(); !date.isAfter(period.to()); date = date.plusDays(1)) {
                if (workingDay(date)) {
                    dutyDays.add(date);
                    if (!rostered.contains(day(date))) {
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

    private static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }
}
