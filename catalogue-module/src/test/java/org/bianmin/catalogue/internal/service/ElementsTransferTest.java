package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.demo.DemoCatalogue.HEPING;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.XINGLONG;
import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.catalogue.BundleGuide;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.HandlingBasis;
import org.bianmin.catalogue.ImportReport;
import org.bianmin.catalogue.ItemKind;
import org.bianmin.catalogue.ItemResult;
import org.bianmin.catalogue.ResultType;
import org.bianmin.catalogue.PowerSource;
import org.bianmin.catalogue.ServiceItem;
import org.junit.jupiter.api.Test;

/**
 * The national elements travel through JSON and CSV unchanged, files written before the element
 * columns still import, and "who handles" reports where the handling place's power comes from.
 */
class ElementsTransferTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 15);

    @Test
    void elementsSurviveJsonAndCsv() {
        try (CatalogueFixture first = CatalogueFixture.withDemo(); CatalogueFixture byJson = new CatalogueFixture();
                CatalogueFixture byCsv = new CatalogueFixture()) {
            ServiceItem idCard = first.catalogue.item("LD-GA-002", DAY).orElseThrow();
            assertEquals(3, idCard.elements().codes().handlingItems().size());
            assertEquals(ItemKind.PROMISED, idCard.elements().handling().kind());
            assertEquals(List.of(new ItemResult("中华人民共和国居民身份证", ResultType.LICENCE, "居民身份证式样（示例）",
                    "窗口领取、邮政寄递")), idCard.elements().results());

            byJson.transfer.importJson(first.transfer.exportJson(DAY), note("迁移", LocalDate.of(2021, 9, 1)));
            assertEquals(first.catalogue.items(DAY), byJson.catalogue.items(DAY));
            assertEquals(first.catalogue.bundles(DAY), byJson.catalogue.bundles(DAY));
            assertEquals(2, byJson.catalogue.bundles(DAY).get(0).details().situations().size()
                    + byJson.catalogue.bundles(DAY).get(1).details().situations().size()
                    + byJson.catalogue.bundles(DAY).get(2).details().situations().size());

            String csv = first.transfer.exportItemsCsv(DAY);
            assertTrue(csv.split("\r\n")[0].endsWith(",基本编码,实施编码,业务办理项,行使层级,权力来源,下放（授权、委托）机关,"
                    + "实施主体名称,实施主体统一社会信用代码,实施主体性质,委托部门,联办机构,办件类型,法定办结时限,承诺办结时限,"
                    + "到办事现场次数,必须现场办理原因,网上办理深度,通办范围,物流快递,预约办理,网上支付,办理结果"), csv.substring(0, 400));
            byCsv.transfer.importItemsCsv(csv, note("迁移", DAY));
            assertEquals(first.catalogue.items(DAY), byCsv.catalogue.items(DAY));
            assertEquals(csv, byCsv.transfer.exportItemsCsv(DAY));
        }
    }

    @Test
    void filesWithoutTheElementColumnsStillImport() {
        try (CatalogueFixture first = CatalogueFixture.withDemo(); CatalogueFixture second = new CatalogueFixture()) {
            StringBuilder old = new StringBuilder();
            for (String line : first.transfer.exportItemsCsv(DAY).split("\r\n")) {
                // the 17 item columns: cut before the 22 element cells (no element cell holds a comma)
                String[] cells = line.split(",", -1);
                old.append(String.join(",", java.util.Arrays.copyOf(cells, cells.length - 22))).append("\r\n");
            }
            assertTrue(old.toString().startsWith("事项编码,") && old.toString().contains(",投诉方式\r\n"));
            ImportReport report = second.transfer.importItemsCsv(old.toString(), note("迁移", DAY));
            assertEquals(first.catalogue.items(DAY).size(), report.itemsAdded());
            assertTrue(second.catalogue.items(DAY).stream().allMatch(item -> item.elements().nothingGiven()));

            String grants = first.transfer.exportGrantsCsv().replaceAll(",(上级下放|委托)\r\n", "\r\n")
                    .replace(",权力来源\r\n", "\r\n");
            String withoutGrants = first.transfer.exportJson(DAY)
                    .replaceAll("(?s)\"grants\" : \\[.*?\\],", "\"grants\" : [ ],");
            CatalogueFixture third = new CatalogueFixture();
            try (third) {
                third.transfer.importJson(withoutGrants, note("迁移", LocalDate.of(2021, 9, 1)));
                third.transfer.importGrantsCsv(grants, note("迁移授权", DAY));
                assertEquals(PowerSource.DEVOLVED, third.grants.find("G-2021-007").orElseThrow().source());
            }
        }
    }

    @Test
    void aMaterialSharedByThePlatformIsNotAskedOfTheApplicant() {
        try (CatalogueFixture f = CatalogueFixture.withDemo()) {
            ServiceItem birth = f.catalogue.item("LD-GA-001", DAY).orElseThrow();
            assertEquals(List.of("居民户口簿", "出生医学证明", "父母居民身份证"),
                    birth.materials().stream().map(Material::name).toList());
            HandlingAnswer answer = f.catalogue.whoHandles("LD-GA-001", HEPING, DAY);
            assertEquals(List.of("居民户口簿", "父母居民身份证"), answer.materials().stream().map(Material::name).toList());
            BundleGuide guide = f.catalogue.bundleGuide("YJS-CS", DAY);
            assertTrue(guide.materials().stream().noneMatch(m -> m.material().name().equals("出生医学证明")),
                    guide.toString());
            Material deferrable = f.catalogue.item("LD-ZR-001", DAY).orElseThrow().materials().stream()
                    .filter(m -> m.details().deferrable()).findFirst().orElseThrow();
            assertEquals("A4", deferrable.details().paperSize());
        }
    }

    @Test
    void whoHandlesReportsThePowerSource() {
        try (CatalogueFixture f = CatalogueFixture.withDemo()) {
            HandlingAnswer entrusted = f.catalogue.whoHandles("LD-NY-005", HEPING, DAY);
            assertEquals(HandlingBasis.DEVOLUTION_GRANT, entrusted.basis());
            assertEquals(PowerSource.ENTRUSTED, entrusted.powerSource());
            assertTrue(entrusted.summary().contains("县级权力委托乡镇，第1批，泸府办发〔2021〕17号"), entrusted.summary());

            assertEquals(PowerSource.DEVOLVED, f.catalogue.whoHandles("LD-MZ-001", HEPING, DAY).powerSource());
            assertEquals(PowerSource.STATUTORY, f.catalogue.whoHandles("LD-MZ-004", XINGLONG, DAY).powerSource());
            HandlingAnswer county = f.catalogue.whoHandles("LD-GA-002", XINGLONG, DAY);
            assertEquals(HandlingBasis.COUNTY, county.basis());
            assertEquals(PowerSource.STATUTORY, county.powerSource());
        }
    }
}
