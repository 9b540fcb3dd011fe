package org.bianmin.catalogue.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.ServiceCatalogue;
import org.bianmin.core.DivisionCode;
import org.junit.jupiter.api.Test;

/** The example query of the module README, so that the README shows what the code does. */
class ReadmeExampleTest {
    @Test
    void theReadmeExample() {
        try (CatalogueFixture fixture = CatalogueFixture.withDemo()) {
            ServiceCatalogue catalogue = fixture.catalogue;
            // README example begins
            HandlingAnswer answer = catalogue.whoHandles("LD-MZ-001",      // 城乡居民最低生活保障对象认定
                    DivisionCode.of("513322102201"),                        // 兴隆镇和平村
                    LocalDate.of(2025, 9, 30));
            LocalDate due = catalogue.deadline(LocalDate.of(2025, 9, 30), answer.promisedDays());
            // README example ends
            assertEquals("城乡居民最低生活保障对象认定（LD-MZ-001）：泸定县兴隆镇和平村便民服务室代办，泸定县兴隆镇便民服务中心办理"
                    + "（县级权力赋予乡镇，第1批，泸府办发〔2021〕17号）；法定30个工作日，承诺20个工作日", answer.summary());
            assertEquals("VILLAGE_PROXY", answer.level().name());
            assertEquals("G-2021-001", answer.grant().id());
            assertEquals(5, answer.materials().size());
            assertEquals(LocalDate.of(2025, 11, 4), due);
        }
    }
}
