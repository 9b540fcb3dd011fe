package org.bianmin.proxy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.Appeal;
import org.bianmin.proxy.CareEntry;
import org.bianmin.proxy.Inspection;
import org.bianmin.proxy.PointLedgers;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.internal.persistence.AppealEntity;
import org.bianmin.proxy.internal.persistence.CareEntity;
import org.bianmin.proxy.internal.persistence.InspectionEntity;
import org.bianmin.proxy.internal.persistence.ProxyStorage;
import org.bianmin.internal.persistence.JpaUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link PointLedgers} on Jakarta Persistence: the appeal ledger (民意民情诉求调查台账), the
 * special-groups care ledger (特殊人群关爱台账), and the township's inspections of the point, each
 * operation one transaction of the ledger's {@link JpaUnit}.
 */
@Component(service = PointLedgers.class)
public final class PointLedgersComponent implements PointLedgers {
    private final JpaUnit unit;

    /** @param unit the persistence unit (migrated) */
    public PointLedgersComponent(JpaUnit unit) {
        this.unit = Checks.required(unit, "persistence unit");
    }

    /** The service in OSGi, on the ledger's database. */
    @Activate
    public PointLedgersComponent(@Reference ProxyStorage storage) {
        this(storage.unit());
    }

    @Override
    public Appeal recordAppeal(Appeal appeal, Actor actor) {
        Checks.required(appeal, "appeal");
        Checks.required(actor, "actor");
        if (appeal.answered()) {
            throw BianminException.invalid("record the appeal first, then its response with respondToAppeal");
        }
        return unit.inTransaction(em -> {
            Lookups.point(em, appeal.pointId());
            AppealEntity entity = new AppealEntity(UUID.randomUUID().toString(), appeal);
            em.persist(entity);
            return entity.toAppeal();
        });
    }

    @Override
    public Appeal respondToAppeal(String appealId, String response, LocalDate respondedOn, Actor actor) {
        Checks.text(appealId, "appeal id");
        String text = Checks.text(response, "response", 2000);
        Checks.required(respondedOn, "responded on");
        Checks.required(actor, "actor");
        return unit.inTransaction(em -> {
            AppealEntity entity = em.find(AppealEntity.class, appealId.strip());
            if (entity == null) {
                throw new BianminException(ErrorCode.APPEAL_NOT_FOUND, "no appeal '" + appealId + "' in the ledger");
            }
            Appeal current = entity.toAppeal();
            if (current.answered()) {
                throw BianminException.invalid("appeal " + appealId + " was already answered on " + current.respondedOn());
            }
            if (respondedOn.isBefore(current.raisedOn())) {
                throw BianminException.invalid("an appeal cannot be answered (" + respondedOn + ") before it was raised ("
                        + current.raisedOn() + ")");
            }
            entity.respond(text, respondedOn);
            return entity.toAppeal();
        });
    }

    @Override
    public List<Appeal> appeals(String pointId, ReportingPeriod period) {
        return Lookups.ledger(unit, AppealEntity.class, pointId, "raisedDay", "appealId", period,
                AppealEntity::toAppeal);
    }

    @Override
    public CareEntry recordCare(CareEntry entry, Actor actor) {
        Checks.required(entry, "care entry");
        return Lookups.atPoint(unit, entry.pointId(), actor, em -> {
            Lookups.agentOf(em, entry.agentId(), entry.pointId());
            CareEntity entity = new CareEntity(UUID.randomUUID().toString(), entry);
            em.persist(entity);
            return entity.toEntry();
        });
    }

    @Override
    public List<CareEntry> careEntries(String pointId, ReportingPeriod period) {
        return Lookups.ledger(unit, CareEntity.class, pointId, "careDay", "careId", period, CareEntity::toEntry);
    }

    @Override
    public Inspection recordInspection(Inspection inspection, Actor actor) {
        Checks.required(inspection, "inspection");
        return Lookups.atPoint(unit, inspection.pointId(), actor, em -> {
            em.persist(new InspectionEntity(UUID.randomUUID().toString(), inspection));
            return inspection;
        });
    }
}
