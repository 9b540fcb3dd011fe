package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.demo.DemoCatalogue.COUNTY_CODE;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.HEPING;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.LENGQI;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.STATION_TIANBA;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.TIANBA_VILLAGE;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.XINGLONG;
import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.GrantRequest;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.HandlingBasis;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.internal.calendar.CalendarWorkingDays;
import org.bianmin.catalogue.internal.calendar.OfficialCalendar;
import org.bianmin.catalogue.internal.demo.DemoCatalogue;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The "who handles" query (plan task 10) on the demo catalogue, through the database-backed services. */
class WhoHandlesTest {
    private static final LocalDate AFTER_GRANT = LocalDate.of(2022, 3, 15);
    private static final LocalDate BEFORE_GRANT = LocalDate.of(2021, 9, 15);
    private static CatalogueFixture fixture;

    @BeforeAll
    static void open() {
        fixture = CatalogueFixture.withDemo();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void villageProxyPointAcceptsAGrantedItemThatItsTownshipHandles() {
        HandlingAnswer answer = fixture.catalogue.whoHandles("LD-MZ-001", HEPING, AFTER_GRANT);

        assertEquals(ServiceLevel.VILLAGE_PROXY, answer.level());
        assertEquals(HEPING, answer.acceptingPlace().code());
        assertEquals("泸定县兴隆镇和平村便民服务室", answer.acceptingPlace().siteName());
        assertEquals(XINGLONG, answer.handlingPlace().code());
        assertEquals(ServiceLevel.TOWNSHIP, answer.handlingLevel());
        assertEquals(HandlingBasis.DEVOLUTION_GRANT, answer.basis());
        assertEquals("G-2021-001", answer.grant().id());
        assertEquals(1, answer.batch().number());
        assertEquals("泸府办发〔2021〕17号", answer.batch().documentNumber());
        assertEquals(30, answer.statutoryDays());
        assertEquals(20, answer.promisedDays());
        assertEquals("居民身份证", answer.materials().get(0).name());
        assertTrue(answer.summary().contains("泸定县兴隆镇便民服务中心办理"), answer.summary());
    }

    @Test
    void beforeTheGrantTakesEffectTheCountyHandlesIt() {
        HandlingAnswer answer = fixture.catalogue.whoHandles("LD-MZ-001", HEPING, BEFORE_GRANT);

        assertEquals(ServiceLevel.VILLAGE_PROXY, answer.level());
        assertEquals(COUNTY_CODE, answer.handlingPlace().code());
        assertEquals(HandlingBasis.COUNTY, answer.basis());
        assertNull(answer.grant());
    }

    @Test
    void anItemGrantedOnlyToThePilotTownsGoesToTheCountyElsewhere() {
        DivisionCode moxiVillage = DivisionCode.of("513322103201");
        assertEquals(COUNTY_CODE, fixture.catalogue.whoHandles("LD-ZR-001", moxiVillage, AFTER_GRANT)
                .handlingPlace().code());
        assertEquals(XINGLONG, fixture.catalogue.whoHandles("LD-ZR-001", XINGLONG, AFTER_GRANT)
                .handlingPlace().code());
    }

    @Test
    void aTownshipAskedDirectlyIsNotAProxyPoint() {
        HandlingAnswer answer = fixture.catalogue.whoHandles("LD-MZ-001", XINGLONG, AFTER_GRANT);
        assertEquals(ServiceLevel.TOWNSHIP, answer.level());
        assertEquals(XINGLONG, answer.acceptingPlace().code());
    }

    @Test
    void aVillageOfAMergedTownshipIsServedByItsStationUnderTheTownshipsGrant() {
        HandlingAnswer answer = fixture.catalogue.whoHandles("LD-MZ-001", TIANBA_VILLAGE, AFTER_GRANT);
        assertEquals(STATION_TIANBA, answer.handlingPlace().code());
        assertEquals("泸定县冷碛镇田坝便民服务站", answer.handlingPlace().siteName());
        assertTrue(answer.grant().townships().contains(LENGQI));
    }

    @Test
    void aStatutoryTownshipItemNeedsNoGrantAndVillagesWithoutProxyLevelSendTheApplicantOn() {
        HandlingAnswer answer = fixture.catalogue.whoHandles("LD-NY-002", HEPING, AFTER_GRANT);
        assertEquals(HandlingBasis.TOWNSHIP_STATUTORY, answer.basis());
        assertEquals(ServiceLevel.TOWNSHIP, answer.level());
        assertEquals(XINGLONG, answer.acceptingPlace().code());
    }

    @Test
    void aTownshipPowerAskedOfTheCountyIsRefused() {
        BianminException e = assertThrows(BianminException.class,
                () -> fixture.catalogue.whoHandles("LD-NY-002", COUNTY_CODE, AFTER_GRANT));
        assertEquals(ErrorCode.ITEM_NOT_HANDLED_AT_PLACE, e.code());
    }

    @Test
    void theCountyAskedDirectlyHandlesCountyItems() {
        HandlingAnswer answer = fixture.catalogue.whoHandles("LD-MZ-006", COUNTY_CODE, AFTER_GRANT);
        assertEquals(ServiceLevel.COUNTY, answer.level());
        assertEquals("泸定县政务服务中心", answer.handlingPlace().siteName());
    }

    @Test
    void unknownItemsAndPlacesAreRefusedWithTheirCodes() {
        assertEquals(ErrorCode.ITEM_NOT_FOUND, assertThrows(BianminException.class,
                () -> fixture.catalogue.whoHandles("NO-SUCH", HEPING, AFTER_GRANT)).code());
        assertEquals(ErrorCode.PLACE_NOT_FOUND, assertThrows(BianminException.class,
                () -> fixture.catalogue.whoHandles("LD-MZ-001", DivisionCode.of("513322999999"), AFTER_GRANT)).code());
        assertEquals(ErrorCode.ITEM_NOT_FOUND, assertThrows(BianminException.class,
                () -> fixture.catalogue.whoHandles("LD-MZ-001", HEPING, LocalDate.of(2021, 1, 1))).code(),
                "the demo items take effect on 2021-09-01");
    }

    @Test
    void aWithdrawnGrantStopsApplyingFromItsWithdrawalDate() {
        try (CatalogueFixture own = CatalogueFixture.withDemo()) {
            LocalDate withdrawal = LocalDate.of(2023, 7, 1);
            DevolutionGrant withdrawn = own.grants.withdraw("G-2021-003", note("乡镇承接能力不足，收回", withdrawal));
            assertEquals(withdrawal, withdrawn.withdrawal().from());

            assertEquals(XINGLONG, own.catalogue.whoHandles("LD-ZR-001", XINGLONG, withdrawal.minusDays(1))
                    .handlingPlace().code());
            assertEquals(COUNTY_CODE, own.catalogue.whoHandles("LD-ZR-001", XINGLONG, withdrawal)
                    .handlingPlace().code());

            // a later grant of the same item to the same township may follow the withdrawal
            DevolutionGrant again = own.grants.grant(new GrantRequest(null, "LD-ZR-001", 1, Set.of(XINGLONG),
                    "泸府办发〔2024〕3号", LocalDate.of(2024, 1, 1), null), note("再次赋予", LocalDate.of(2024, 1, 1)));
            assertEquals(again.id(), own.catalogue.whoHandles("LD-ZR-001", HEPING, LocalDate.of(2024, 2, 1))
                    .grant().id());

            // the answers survive a restart: a new engine on the same database loads the same state
            CatalogueEngine reloaded = CatalogueFixture.engine(own.unit, null);
            CatalogueItems fresh = new CatalogueItems(reloaded, new CalendarWorkingDays(
                    List.of(OfficialCalendar.shipped())));
            assertEquals(COUNTY_CODE, fresh.whoHandles("LD-ZR-001", XINGLONG, withdrawal).handlingPlace().code());
            assertEquals(again.id(), fresh.whoHandles("LD-ZR-001", HEPING, LocalDate.of(2024, 2, 1)).grant().id());
            assertEquals(DemoCatalogue.snapshot().items().size(), fresh.itemCount(AFTER_GRANT));
        }
    }
}
