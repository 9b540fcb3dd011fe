package org.bianmin.catalogue.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bianmin.catalogue.BundleGuide;
import org.bianmin.catalogue.BundleList;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "高效办成一件事" situations: the applicant's answers select the member items, their merged materials
 * and the time limit; every question must be answered with an answer it offers.
 */
class BundleSituationsTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 15);
    private static final String LOCAL = "新生儿是否在本县落户";
    private static final String CARD = "是否同时申领社会保障卡";
    private static CatalogueFixture fixture;

    @BeforeAll
    static void demo() {
        fixture = CatalogueFixture.withDemo();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void theAnswersSelectTheItemsAndTheirMaterials() {
        BundleGuide local = fixture.catalogue.bundleGuide("YJS-CS", DAY, Map.of(LOCAL, "是", CARD, "否"));
        assertEquals(List.of("LD-WJ-003", "LD-GA-001", "LD-YB-001"), codes(local));
        assertEquals(5, local.promisedDays());
        assertTrue(local.materials().stream().anyMatch(m -> m.material().name().equals("居民户口簿")), local.toString());
        assertTrue(local.materials().stream().noneMatch(m -> m.material().name().equals("近期免冠一寸照片")),
                "the photo is for the social security card only");

        BundleGuide elsewhere = fixture.catalogue.bundleGuide("YJS-CS", DAY, Map.of(LOCAL, "否", CARD, "是"));
        assertEquals(List.of("LD-WJ-003", "LD-SB-003"), codes(elsewhere));
        assertTrue(elsewhere.materials().stream().anyMatch(m -> m.material().name().equals("近期免冠一寸照片")));

        assertEquals(4, fixture.catalogue.bundleGuide("YJS-CS", DAY).items().size(), "without answers: every item");
        assertEquals(BundleList.ANNUAL, local.bundle().details().list());
        assertEquals(BundleList.COUNTY, fixture.catalogue.bundleGuide("YJS-NFJ", DAY, Map.of()).bundle().details().list());
    }

    @Test
    void everyQuestionIsAnsweredWithAnAnswerItOffers() {
        BianminException missing = assertThrows(BianminException.class,
                () -> fixture.catalogue.bundleGuide("YJS-CS", DAY, Map.of(LOCAL, "是")));
        assertEquals(ErrorCode.INVALID_ARGUMENT, missing.code());
        assertTrue(missing.getMessage().contains("no answer to '" + CARD + "': choose one of [是, 否]"),
                missing.getMessage());
        BianminException wrong = assertThrows(BianminException.class,
                () -> fixture.catalogue.bundleGuide("YJS-CS", DAY, Map.of(LOCAL, "不知道", CARD, "否")));
        assertTrue(wrong.getMessage().contains("answer '不知道' to '" + LOCAL + "'"), wrong.getMessage());
        BianminException unknown = assertThrows(BianminException.class,
                () -> fixture.catalogue.bundleGuide("YJS-CS", DAY, Map.of(LOCAL, "是", CARD, "否", "年龄", "1")));
        assertTrue(unknown.getMessage().contains("does not ask '年龄'"), unknown.getMessage());
        assertEquals(ErrorCode.BUNDLE_NOT_FOUND, assertThrows(BianminException.class,
                () -> fixture.catalogue.bundleGuide("YJS-NONE", DAY, Map.of())).code());
    }

    private static List<String> codes(BundleGuide guide) {
        return guide.items().stream().map(ServiceItem::code).toList();
    }
}
