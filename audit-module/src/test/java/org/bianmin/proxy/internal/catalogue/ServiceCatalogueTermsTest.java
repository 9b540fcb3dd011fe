package org.bianmin.proxy.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.bianmin.catalogue.Deadline;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.catalogue.WorkingDays;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;

/** The ledger's view of the catalogue, over mocked core-api services. */
class ServiceCatalogueTermsTest {
    private static final DivisionCode HEPING = DivisionCode.of("513322102201");
    private static final LocalDate DAY = LocalDate.of(2021, 11, 1);

    @Test
    void takesNamePlacePromisedLimitAndRequiredMaterialsFromTheAnswer() {
        ServiceCatalogue catalogue = mock(ServiceCatalogue.class);
        HandlingAnswer answer = mock(HandlingAnswer.class);
        Place centre = mock(Place.class);
        when(catalogue.whoHandles("X1", HEPING, DAY)).thenReturn(answer);
        when(answer.itemCode()).thenReturn("X1");
        when(answer.itemName()).thenReturn("高龄津贴申领");
        when(answer.handlingPlace()).thenReturn(centre);
        when(centre.siteName()).thenReturn("泸定县兴隆镇便民服务中心");
        when(answer.promisedDays()).thenReturn(5);
        when(answer.materials()).thenReturn(java.util.List.of(
                Material.required("居民身份证", MaterialForm.values()[0], 1),
                Material.conditional("委托书", MaterialForm.values()[0], 1, "代办时")));

        ItemTerms terms = new ServiceCatalogueTerms(catalogue, null).item("X1", HEPING, DAY);

        assertEquals(new ItemTerms("X1", "高龄津贴申领", "泸定县兴隆镇便民服务中心", 5, java.util.List.of("居民身份证")), terms);
    }

    @Test
    void workingDaysComeFromTheCalendarOrFallBackToWeekdays() {
        WorkingDays days = mock(WorkingDays.class);
        when(days.isWorkingDay(LocalDate.of(2021, 10, 9))).thenReturn(true);
        when(days.dueDate(DAY, 5)).thenReturn(new Deadline(LocalDate.of(2021, 11, 8), false));
        ServiceCatalogueTerms withCalendar = new ServiceCatalogueTerms(null, days);
        assertTrue(withCalendar.isWorkingDay(LocalDate.of(2021, 10, 9)), "an adjusted working Saturday (调休)");
        assertEquals(new Deadline(LocalDate.of(2021, 11, 8), false), withCalendar.deadline(DAY, 5));

        ServiceCatalogueTerms without = new ServiceCatalogueTerms(null, null);
        assertFalse(without.isWorkingDay(LocalDate.of(2021, 10, 9)));
        assertTrue(without.isWorkingDay(LocalDate.of(2021, 10, 8)));
        assertEquals(ErrorCode.CATALOGUE_UNAVAILABLE,
                assertThrows(BianminException.class, () -> without.item("X1", HEPING, DAY)).code());
    }
}
