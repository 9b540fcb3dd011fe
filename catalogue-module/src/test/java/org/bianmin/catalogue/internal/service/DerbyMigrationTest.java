package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.bianmin.catalogue.HandlingBasis;
import org.bianmin.catalogue.internal.calendar.CalendarWorkingDays;
import org.bianmin.catalogue.internal.calendar.OfficialCalendar;
import org.bianmin.catalogue.internal.demo.DemoCatalogue;
import org.bianmin.catalogue.internal.persistence.CatalogueStore;
import org.bianmin.internal.persistence.Dialect;
import org.bianmin.internal.persistence.JpaUnit;
import org.junit.jupiter.api.Test;

/**
 * The migrations and the services on embedded Apache Derby, Open Liberty's default database: the demo
 * catalogue imported, a version published and read back, the index reloaded from the tables.
 */
class DerbyMigrationTest {
    @Test
    void theCatalogueRunsOnDerby() {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:catalogue-" + java.util.UUID.randomUUID());
        derby.setCreateDatabase("create");
        try (JpaUnit unit = JpaUnit.open(new JpaUnit.Settings("catalogue", derby, "catalogue_schema_history",
                "org/bianmin/catalogue/internal/db", CatalogueStore.ENTITIES))) {
            assertEquals(Dialect.DERBY, unit.dialect());
            CatalogueEngine engine = CatalogueFixture.engine(unit, null);
            new CatalogueTransferService(engine).importJson(DemoCatalogue.json(), note("导入", LocalDate.of(2021, 9, 1)));
            CatalogueVersionsService versions = new CatalogueVersionsService(engine);
            versions.publish("2022年版", note("公示", LocalDate.of(2022, 1, 1)));
            assertEquals(DemoCatalogue.snapshot().items().stream()
                    .sorted(java.util.Comparator.comparing(org.bianmin.catalogue.ServiceItem::code)).toList(),
                    versions.items(1));

            CatalogueItems reloaded = new CatalogueItems(CatalogueFixture.engine(unit, null),
                    new CalendarWorkingDays(List.of(OfficialCalendar.shipped())));
            assertEquals(HandlingBasis.DEVOLUTION_GRANT, reloaded.whoHandles("LD-MZ-001", DemoCatalogue.HEPING,
                    LocalDate.of(2022, 3, 1)).basis());
        }
    }
}
