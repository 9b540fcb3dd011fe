package org.bianmin.catalogue.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.ItemType;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.PlaceKind;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.bianmin.core.DivisionCode;

/**
 * A large synthetic catalogue for benchmarks: {@code counties × 1000} townships with one
 * village each, {@code items} items and {@code grants} grants of one item to one township each, no two
 * overlapping.
 */
final class SyntheticCatalogue {
    static final LocalDate FROM = LocalDate.of(2022, 1, 1);

    private SyntheticCatalogue() {
    }

    static String countyCode(int county) {
        return String.valueOf(513321 + county);
    }

    static DivisionCode township(int index) {
        return DivisionCode.of(countyCode(index / 1000) + String.format("%03d", index % 1000));
    }

    static DivisionCode village(int index) {
        return DivisionCode.of(township(index).value() + "201");
    }

    static String itemCode(int index) {
        return String.format("SYN-%05d", index);
    }

    static CatalogueSnapshot snapshot(int townships, int items, int grants) {
        List<Place> places = new ArrayList<>();
        for (int county = 0; county * 1000 < townships; county++) {
            places.add(Place.county(DivisionCode.of(countyCode(county)), "县" + county));
        }
        for (int t = 0; t < townships; t++) {
            places.add(new Place(township(t), "乡镇" + t, PlaceKind.TOWNSHIP, DivisionCode.of(countyCode(t / 1000))));
            places.add(new Place(village(t), "村" + t, PlaceKind.VILLAGE, township(t)));
        }
        return new CatalogueSnapshot(FROM, places,
                List.of(new DevolutionBatch(1, "第一批", "测试发〔2022〕1号", FROM)), items(items),
                grants(townships, items, grants), List.of());
    }

    static List<ServiceItem> items(int count) {
        List<ServiceItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(ServiceItem.builder(itemCode(i), "事项" + i, ItemType.values()[i % ItemType.values().length])
                    .levels(Set.of(ServiceLevel.COUNTY, ServiceLevel.VILLAGE_PROXY))
                    .department("部门" + (i % 40))
                    .legalBasis("《某某条例》第" + (i % 90 + 1) + "条")
                    .material(Material.required("居民身份证", MaterialForm.ORIGINAL_AND_COPY, 1))
                    .material(Material.required("申请表" + i, MaterialForm.ORIGINAL, 1))
                    .material(Material.conditional("委托书", MaterialForm.ORIGINAL, 1, "委托代办时"))
                    .days(20, 10)
                    .highFrequency(i % 5 == 0)
                    .build());
        }
        return items;
    }

    /** Grant g gives item g % items to township (item + (g / items) × 600) % townships. */
    static List<DevolutionGrant> grants(int townships, int items, int count) {
        List<DevolutionGrant> grants = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            int item = g % items;
            int township = (item + (g / items) * 600) % townships;
            grants.add(new DevolutionGrant(String.format("G-%06d", g), itemCode(item), 1, Set.of(township(township)),
                    "测试发〔2022〕1号", FROM, null, null));
        }
        return grants;
    }
}
