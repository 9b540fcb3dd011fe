package org.bianmin.proxy.internal.persistence;

import java.util.List;
import org.bianmin.internal.persistence.JpaUnit;

/** The entity classes of the proxy ledger's persistence unit. */
public final class ProxyEntities {
    private ProxyEntities() {
    }

    /** Every entity, for {@link JpaUnit.Settings}. */
    public static final List<Class<?>> ALL = List.of(PointEntity.class, AgentEntity.class, DutyEntity.class,
            CaseEntity.class, TransitionEntity.class, VisitEntity.class, AppealEntity.class, CareEntity.class,
            InspectionEntity.class, AssignmentEntity.class, RatingCodeEntity.class);

    /** The settings of the proxy ledger's unit on {@code dataSource}. */
    public static JpaUnit.Settings settings(javax.sql.DataSource dataSource) {
        return new JpaUnit.Settings("proxy", dataSource, "proxy_schema_history", "org/bianmin/proxy/internal/db", ALL);
    }
}
