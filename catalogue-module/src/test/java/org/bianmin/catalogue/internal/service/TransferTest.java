package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.catalogue.Fee;
import org.bianmin.catalogue.ImportReport;
import org.bianmin.catalogue.ItemType;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.internal.demo.DemoCatalogue;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/** JSON and CSV import and export (plan task 8): lossless round trips through the database. */
class TransferTest {
    private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

    @Test
    void jsonRoundTripIsLossless() {
        try (CatalogueFixture first = CatalogueFixture.withDemo(); CatalogueFixture second = new CatalogueFixture()) {
            String exported = first.transfer.exportJson(DAY);
            ImportReport report = second.transfer.importJson(exported, note("迁移", LocalDate.of(2021, 9, 1)));
            assertEquals(DemoCatalogue.snapshot().items().size(), report.itemsAdded());
            assertEquals(DemoCatalogue.snapshot().places().size(), report.placesAdded());
            assertEquals(DemoCatalogue.snapshot().grants().size(), report.grantsAdded());
            assertEquals(exported, second.transfer.exportJson(DAY));

            // importing the same document again changes nothing
            ImportReport again = second.transfer.importJson(exported, note("重复导入", DAY));
            assertEquals(new ImportReport(0, 0, 0, 0, report.itemsAdded(), 0, 0), again);

            @SuppressWarnings("unchecked")
            ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
            Mockito.verify(second.audit, Mockito.times(2)).appendAll(events.capture());
            AuditEvent imported = events.getAllValues().get(0).get(0);
            assertEquals(AuditEventType.CATALOGUE_IMPORTED, imported.type());
            assertEquals(String.valueOf(report.itemsAdded()), imported.details().get("itemsAdded"));
        }
    }

    @Test
    void csvRoundTripIsLosslessEvenForAwkwardText() {
        ServiceItem awkward = ServiceItem.builder("CSV-Q", "含\"引号\",逗号;分号|竖线\\反斜杠的事项", ItemType.LEVY)
                .tibetanName("ཞབས་ཞུ།")
                .levels(ServiceLevel.COUNTY, ServiceLevel.TOWNSHIP, ServiceLevel.VILLAGE_PROXY)
                .legalBasis("依据一；\n依据二")
                .material(new Material("材料|甲;乙\\丙", MaterialForm.COPY, 3, false, "条件: 含冒号|竖线", "样表;一"))
                .material(Material.required("身份证", MaterialForm.ORIGINAL, 1))
                .days(10, 0)
                .fee(Fee.of("12.5", "川发改价格〔2020〕1号"))
                .highFrequency(true)
                .build();
        try (CatalogueFixture first = CatalogueFixture.withDemo(); CatalogueFixture second = new CatalogueFixture()) {
            first.catalogue.addItem(awkward, note("新增", DAY));
            String csv = first.transfer.exportItemsCsv(DAY);
            assertTrue(csv.startsWith("事项编码,事项名称,藏文名称,事项类型"), csv.substring(0, 40));

            ImportReport report = second.transfer.importItemsCsv("\uFEFF" + csv, note("迁移", DAY));
            assertEquals(DemoCatalogue.snapshot().items().size() + 1, report.itemsAdded());
            assertEquals(awkward, second.catalogue.item("CSV-Q", DAY).orElseThrow());
            assertEquals(first.catalogue.items(DAY), second.catalogue.items(DAY));
            assertEquals(csv, second.transfer.exportItemsCsv(DAY));

            // a CSV with one changed cell amends that item only
            String changed = csv.replace("含\"\"引号\"\"", "改\"\"引号\"\"");
            ImportReport amend = second.transfer.importItemsCsv(changed, note("更名", DAY.plusDays(1)));
            assertEquals(1, amend.itemsAmended());
            assertEquals(report.itemsAdded() - 1, amend.itemsUnchanged());
            assertTrue(second.catalogue.item("CSV-Q", DAY.plusDays(1)).orElseThrow().name().startsWith("改"));
            assertTrue(second.catalogue.item("CSV-Q", DAY).orElseThrow().name().startsWith("含"));
        }
    }

    @Test
    void grantsCsvRoundTripKeepsWithdrawalsAndRefusesBadCells() {
        try (CatalogueFixture first = CatalogueFixture.withDemo(); CatalogueFixture second = new CatalogueFixture()) {
            first.grants.withdraw("G-2021-008", note("收回, 含逗号的原因", DAY));
            String csv = first.transfer.exportGrantsCsv();
            assertTrue(csv.startsWith("授权编号,事项编码,批次,乡镇,发文字号,生效日期,截止日期,收回日期,收回原因,收回依据,权力来源\r\n"));

            // grants need their items, places and batches: bring those over as JSON without grants
            String withoutGrants = first.transfer.exportJson(DAY).replaceAll("(?s)\"grants\" : \\[.*?\\],", "\"grants\" : [ ],");
            second.transfer.importJson(withoutGrants, note("迁移", LocalDate.of(2021, 9, 1)));
            assertTrue(second.grants.grantsOf("LD-MZ-001").isEmpty());
            ImportReport report = second.transfer.importGrantsCsv(csv, note("迁移授权", DAY));
            assertEquals(DemoCatalogue.snapshot().grants().size(), report.grantsAdded());
            assertEquals(csv, second.transfer.exportGrantsCsv());
            assertEquals(first.grants.find("G-2021-008"), second.grants.find("G-2021-008"));

            String badDate = csv.replace("G-2021-001,LD-MZ-001,1,", "G-2021-X,LD-MZ-001,1,").replaceFirst(
                    "2021-10-01", "2021-13-01");
            org.bianmin.core.BianminException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.bianmin.core.BianminException.class, () -> second.transfer.importGrantsCsv(badDate, note("x", DAY)));
            assertEquals(org.bianmin.core.ErrorCode.IMPORT_INVALID, e.code());
            assertTrue(e.getMessage().startsWith("line 2, column 生效日期"), e.getMessage());
        }
    }
}
