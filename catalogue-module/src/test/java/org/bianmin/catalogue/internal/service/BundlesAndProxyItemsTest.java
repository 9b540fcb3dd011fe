package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.demo.DemoCatalogue.HEPING;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.XINGLONG;
import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.catalogue.BundleGuide;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.MergedMaterial;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "一件事一次办" bundles and the village proxy point's lists (plan tasks 8, 12). */
class BundlesAndProxyItemsTest {
    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);
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
    void aBundleAsksForASharedMaterialOnceAndStatesItsCombinedTime() {
        BundleGuide guide = fixture.catalogue.bundleGuide("YJS-NFJ", DAY);
        List<String> names = guide.materials().stream().map(m -> m.material().name()).toList();
        assertEquals(List.of("居民身份证", "居民户口簿", "农村宅基地和建房（规划许可）申请表", "农村宅基地使用承诺书",
                "房屋设计图或通用设计图", "宅基地批准文件"), names);
        MergedMaterial form = guide.materials().get(2);
        assertEquals(List.of("LD-ZR-001", "LD-ZR-002"), form.itemCodes());
        assertEquals("农村宅基地和建房（规划许可）申请表（样表）", form.material().sampleForm());
        assertEquals(8, guide.separateMaterials());
        assertEquals(20, guide.promisedDays());
        assertEquals(25, guide.separatePromisedDays());
    }

    @Test
    void withoutADeclaredTimeTheBundleStatesTheSumAndMergedFormsCoverEveryForm() {
        BundleGuide guide = fixture.catalogue.bundleGuide("YJS-CJR", DAY);
        assertEquals(30, guide.promisedDays());
        assertEquals(guide.separatePromisedDays(), guide.promisedDays());
        assertEquals(MaterialForm.ORIGINAL_AND_COPY, guide.materials().get(0).material().form());
        // 近期免冠一寸照片 (2 copies) once; 身份证 and 户口簿 asked once for both items
        assertEquals(guide.separateMaterials() - 2, guide.materials().size());
    }

    @Test
    void bundlesAreDatedAndUnknownOnesRefused() {
        try (CatalogueFixture own = CatalogueFixture.withDemo()) {
            ServiceBundle renamed = new ServiceBundle("YJS-CJR", "残疾人“一件事”", List.of("LD-CL-001", "LD-MZ-004"), 10, null);
            own.catalogue.saveBundle(renamed, note("更名", DAY));
            assertEquals("残疾人服务“一件事”", own.catalogue.bundleGuide("YJS-CJR", DAY.minusDays(1)).bundle().name());
            assertEquals(10, own.catalogue.bundleGuide("YJS-CJR", DAY).promisedDays());
            own.catalogue.removeBundle("YJS-CJR", note("撤销", DAY.plusDays(1)));
            assertEquals(ErrorCode.BUNDLE_NOT_FOUND, assertThrows(BianminException.class,
                    () -> own.catalogue.bundleGuide("YJS-CJR", DAY.plusDays(1))).code());
            assertEquals(2, own.catalogue.bundles(DAY.plusDays(1)).size());
        }
    }

    @Test
    void theProxyPointsListsDeriveFromTheCatalogue() {
        List<ServiceItem> proxy = fixture.catalogue.proxyItems(HEPING, DAY);
        assertTrue(proxy.stream().allMatch(ServiceItem::villageProxy));
        assertTrue(proxy.stream().anyMatch(item -> item.code().equals("LD-NY-001")), "土地流转 is proxied");
        assertTrue(proxy.stream().noneMatch(item -> item.code().equals("LD-MZ-006")), "婚姻登记 is not");
        List<ServiceItem> frequent = fixture.catalogue.highFrequencyItems(HEPING, DAY);
        assertTrue(frequent.size() < proxy.size() && !frequent.isEmpty());
        assertTrue(frequent.stream().allMatch(ServiceItem::highFrequency));
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> fixture.catalogue.proxyItems(XINGLONG, DAY)).code());
    }

    @Test
    void placesFormAHierarchy() {
        assertEquals(9, fixture.catalogue.placesWithin(org.bianmin.core.DivisionCode.LUDING).size());
        assertEquals(List.of("513322102201", "513322102202", "513322211"),
                fixture.catalogue.placesWithin(XINGLONG).stream().map(p -> p.code().value()).toList());
    }
}
