package org.bianmin.catalogue.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.bianmin.catalogue.BasicCode;
import org.bianmin.catalogue.BodyNature;
import org.bianmin.catalogue.ExerciseLevel;
import org.bianmin.catalogue.Fee;
import org.bianmin.catalogue.HandlingItem;
import org.bianmin.catalogue.HandlingItemCode;
import org.bianmin.catalogue.HandlingTerms;
import org.bianmin.catalogue.ImplementationCode;
import org.bianmin.catalogue.ItemCodes;
import org.bianmin.catalogue.ItemElements;
import org.bianmin.catalogue.ItemKind;
import org.bianmin.catalogue.ItemResult;
import org.bianmin.catalogue.ResultType;
import org.bianmin.catalogue.LimitUnit;
import org.bianmin.catalogue.OnlineDepth;
import org.bianmin.catalogue.PowerExercise;
import org.bianmin.catalogue.PowerSource;
import org.bianmin.catalogue.ServiceScope;
import org.bianmin.catalogue.TimeLimit;
import org.bianmin.catalogue.ItemType;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialDetails;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.MaterialSource;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.UnifiedSocialCreditCode;
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
            List<ServiceItem> back = ItemCsv.read(ItemCsv.write(items)).stream().map(CsvLine::record).toList();
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
        int promised = random.nextInt(21);
        ServiceItem.Builder builder = ServiceItem.builder(code, text(random), ItemType.values()[random.nextInt(11)])
                .levels(levels)
                .tibetanName(random.nextBoolean() ? text(random) : null)
                .department(random.nextBoolean() ? text(random) : null)
                .legalBasis(text(random))
                .conditions(random.nextBoolean() ? text(random) : null)
                .days(20, promised)
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
            material = random.nextBoolean() ? material.withSampleForm(text(random)) : material;
            if (random.nextBoolean()) {
                boolean shared = random.nextBoolean();
                material = material.withDetails(new MaterialDetails(shared ? MaterialSource.SHARED_BY_PLATFORM
                        : MaterialSource.values()[random.nextInt(2)], !shared && random.nextBoolean(),
                        random.nextBoolean(), random.nextBoolean() ? text(random) : null,
                        random.nextBoolean() ? text(random) : null, random.nextBoolean() ? text(random) : null));
            }
            builder.material(material);
        }
        if (random.nextBoolean()) {
            builder.elements(randomElements(random, promised));
        }
        return builder.build();
    }

    /** Elements whose free text uses the same awkward alphabet; codes built from a published credit code. */
    private static ItemElements randomElements(SplittableRandom random, int promised) {
        BasicCode basic = new BasicCode("XK", String.format("%05d", 1 + random.nextInt(99999)), "000");
        ImplementationCode implementation = ImplementationCode.of(basic, DivisionCode.of("513322102"),
                UnifiedSocialCreditCode.of("123502001549897397"));
        List<HandlingItem> variants = new ArrayList<>();
        for (int i = 1; i <= random.nextInt(3); i++) {
            variants.add(new HandlingItem(new HandlingItemCode(implementation, "00" + i), i + text(random)));
        }
        ItemCodes codes = random.nextBoolean() ? new ItemCodes(basic, implementation, variants) : ItemCodes.basic(basic);
        boolean entrusted = random.nextBoolean();
        PowerExercise exercise = new PowerExercise(ExerciseLevel.TOWNSHIP,
                entrusted ? PowerSource.ENTRUSTED : PowerSource.DEVOLVED, text(random), text(random),
                random.nextBoolean() ? UnifiedSocialCreditCode.of("91350200776049653A") : null,
                entrusted ? BodyNature.ENTRUSTED_ORGANISATION : BodyNature.STATUTORY_ORGAN,
                entrusted ? text(random) : null, random.nextBoolean() ? List.of("联办甲", "联办乙") : List.of());
        int visits = random.nextInt(3);
        HandlingTerms handling = new HandlingTerms(promised == 0 ? ItemKind.IMMEDIATE : ItemKind.PROMISED,
                new TimeLimit(20, LimitUnit.WORKING_DAYS, random.nextBoolean() ? text(random) : null),
                new TimeLimit(promised,
                LimitUnit.WORKING_DAYS, random.nextBoolean() ? text(random) : null), visits,
                visits == 0 ? null : text(random), OnlineDepth.values()[random.nextInt(4)],
                ServiceScope.values()[random.nextInt(5)], random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            results.add(new ItemResult(i + text(random), ResultType.values()[random.nextInt(3)],
                    random.nextBoolean() ? text(random) : null, random.nextBoolean() ? text(random) : null));
        }
        return new ItemElements(random.nextBoolean() ? codes : null, random.nextBoolean() ? exercise : null,
                random.nextBoolean() ? handling : null, results);
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
