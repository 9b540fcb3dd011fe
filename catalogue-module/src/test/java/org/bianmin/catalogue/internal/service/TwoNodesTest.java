package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.demo.DemoCatalogue.MOXI;
import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.catalogue.GrantRequest;
import org.bianmin.catalogue.HandlingBasis;
import org.bianmin.catalogue.internal.calendar.CalendarWorkingDays;
import org.bianmin.catalogue.internal.calendar.OfficialCalendar;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one database: each keeps its own index, picks up the other's changes, and checks a
 * change against them (an overlapping grant made on the other node is refused).
 */
class TwoNodesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 1, 2);

    @Test
    void eachNodeSeesAndRespectsTheOthersChanges() {
        try (CatalogueFixture first = CatalogueFixture.withDemo();
                JpaUnit secondUnit = CatalogueFixture.open(first.db)) {
            CatalogueEngine secondEngine = CatalogueFixture.engine(secondUnit, null);
            CatalogueItems second = new CatalogueItems(secondEngine,
                    new CalendarWorkingDays(List.of(OfficialCalendar.shipped())));
            CatalogueGrants secondGrants = new CatalogueGrants(secondEngine);
            assertEquals(HandlingBasis.COUNTY, second.whoHandles("LD-ZR-001", MOXI, DAY).basis());

            first.grants.grant(new GrantRequest(null, "LD-ZR-001", 1, Set.of(MOXI), "泸府办发〔2023〕1号", DAY, null),
                    note("磨西镇承接农村建房审批", DAY));
            assertEquals(HandlingBasis.DEVOLUTION_GRANT, second.whoHandles("LD-ZR-001", MOXI, DAY).basis(),
                    "the second node sees the first node's grant");

            BianminException e = assertThrows(BianminException.class, () -> secondGrants.grant(new GrantRequest(
                    null, "LD-ZR-001", 1, Set.of(MOXI), "泸府办发〔2023〕2号", DAY.plusDays(10), null),
                    note("重复赋予", DAY.plusDays(10))));
            assertEquals(ErrorCode.GRANT_OVERLAPS, e.code());

            secondGrants.withdraw(first.grants.grantsOf("LD-ZR-001").get(1).id(), note("收回", DAY.plusDays(30)));
            assertEquals(HandlingBasis.COUNTY, first.catalogue.whoHandles("LD-ZR-001", MOXI, DAY.plusDays(30)).basis());
        }
    }
}
