package org.bianmin.catalogue.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.bianmin.catalogue.Fee;
import org.bianmin.catalogue.ItemType;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Randomised round trips of the CSV and JSON item formats: text full of the characters the formats
 * treat specially (quotes, commas, line breaks, {@code | ; \ 、}, and the formula characters
 * {@code ' = + - @} the CSV writer neutralises) comes back unchanged.
 */
class ItemCsvRoundTripTest {
    private static final String ALPHABET = "甲乙丙丁事项材料 ,\"|;\\、：:\r\n\tabcXYZ019（）《》'=+-@";

    @Test
    void randomItemsSurviveCsvAndJson() {
        SplittableRandom random = new SplittableRandom(20211017);
        for (int round = 0; round < 200; round++) {
            List<ServiceItem> items = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                items.add(randomItem(random, "R" + round + "-" + i));
            }
            List<ServiceItem> back = ItemCsv.read(ItemCsv.write(items)).stream().map(ItemCsv.Line::item).toList();
            assertEquals(items, back, "round " + round);
            CatalogueSnapshot snapshot = new CatalogueSnapshot(java.time.LocalDate.of(2024, 1, 1), List.of(),
                    List.of(), items, List.of(), List.of());
            assertEquals(items, CatalogueJson.read(CatalogueJson.write(snapshot), snapshot.asOf()).items(), "round " + round);
        }
    }

    private static ServiceItem randomItem(SplittableRandom random, String code) {
        EnumSet<ServiceLevel> levels = EnumSet.of(random.nextBoolean() ? ServiceLevel.COUNTY : ServiceLevel.TOWNSHIP);
        if (random.nextBoolean()) {
            levels.add(ServiceLevel.VILLAGE_PROXY);
        }
        ServiceItem.Builder builder = ServiceItem.builder(code, text(random), ItemType.values()[random.nextInt(11)])
                .levels(levels)
                .tibetanName(random.nextBoolean() ? text(random) : null)
                .department(random.nextBoolean() ? text(random) : null)
                .legalBasis(text(random))
                .conditions(random.nextBoolean() ? text(random) : null)
                .days(20, random.nextInt(21))
                .fee(random.nextBoolean() ? Fee.FREE : Fee.of(random.nextInt(1000) + "." + random.nextInt(10), text(random)))
                .highFrequency(random.nextBoolean())
                .oneTimeNotice(random.nextBoolean() ? text(random) : null)
                .consultation(random.nextBoolean() ? text(random) : null)
                .complaint(random.nextBoolean() ? text(random) : null);
        int materials = random.nextInt(4);
        for (int m = 0; m < materials; m++) {
            String name = m + text(random);
            MaterialForm form = MaterialForm.values()[random.nextInt(3)];
            Material material = random.nextBoolean() ? Material.required(name, form, 1 + random.nextInt(3))
                    : Material.conditional(name, form, 1, text(random));
            builder.material(random.nextBoolean() ? material.withSampleForm(text(random)) : material);
        }
        return builder.build();
    }

    /** Non-blank text without surrounding white space (the records strip it). */
    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String value = text.toString().strip();
        return value.isEmpty() ? "空" : value;
    }
}
