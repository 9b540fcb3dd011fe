package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.bianmin.catalogue.ApplicationForm;
import org.bianmin.catalogue.BundleDetails;
import org.bianmin.catalogue.BundleList;
import org.bianmin.catalogue.ImportReport;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialDetails;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.MaterialNecessity;
import org.bianmin.catalogue.MaterialSource;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.Situation;
import org.bianmin.catalogue.SituationOption;
import org.bianmin.catalogue.internal.demo.DemoCatalogue;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Bundles in CSV with their situations (情形) and merged application form (一张表), the form in JSON,
 * and a material's necessity (必要 / 容缺 / 非必要) and electronic form in both formats, old files included.
 */
class BundleTransferTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 15);
    private static final ApplicationForm FORM = new ApplicationForm("联办申请表=甲|乙;丙", "联办申请表（示例）.docx",
            List.of("姓名", "身份证号码|申请人", "联系电话;手机", "备注=其他\\说明"));
    private static final ServiceBundle AWKWARD = new ServiceBundle("YJS-Q", "含\"引号\",逗号的一件事",
            List.of("LD-MZ-001", "LD-MZ-004", "LD-CL-001"), 7, "说明\n两行", new BundleDetails(BundleList.COUNTY,
                    "=县民政局", List.of("县残联", "县财政局"), List.of(
                            new Situation("户籍|是否=在本县;说明\\", List.of(new SituationOption("是=本县", List.of("LD-MZ-001")),
                                    new SituationOption("否|外县", List.of()))),
                            new Situation("是否残疾人", List.of(new SituationOption("是", List.of("LD-CL-001", "LD-MZ-004")),
                                    new SituationOption("否", List.of())))), FORM));

    @Test
    void bundlesCsvCarriesSituationsAndTheMergedFormAndImportsBackUnchanged() {
        try (CatalogueFixture first = CatalogueFixture.withDemo(); CatalogueFixture second = new CatalogueFixture()) {
            first.catalogue.saveBundle(AWKWARD, note("新增", DAY));
            String csv = first.transfer.exportBundlesCsv(DAY);
            assertTrue(csv.startsWith("一件事编码,一件事名称,成员事项,承诺时限（工作日）,说明,清单类别,牵头部门,配合部门,情形,一张表名称,"
                    + "一张表文件,一张表填报项\r\n"), csv);
            assertTrue(csv.contains(",'=县民政局,"), "a formula cell is neutralised: " + csv);
            assertTrue(csv.contains(",新生儿是否在本县落户|是=LD-GA-001、LD-YB-001|否=;是否同时申领社会保障卡|是=LD-SB-003|否=,"), csv);

            second.transfer.importItemsCsv(first.transfer.exportItemsCsv(DAY), note("迁移事项", DAY));
            ImportReport report = second.transfer.importBundlesCsv("\uFEFF" + csv, note("迁移一件事", DAY));
            assertEquals(DemoCatalogue.snapshot().bundles().size() + 1, report.bundlesSaved());
            assertEquals(first.transfer.exportJson(DAY).replaceAll("(?s).*\"bundles\"", ""),
                    second.transfer.exportJson(DAY).replaceAll("(?s).*\"bundles\"", ""));
            assertEquals(AWKWARD, second.catalogue.bundleGuide("YJS-Q", DAY).bundle());
            assertEquals(csv, second.transfer.exportBundlesCsv(DAY));
            assertEquals(0, second.transfer.importBundlesCsv(csv, note("再导入", DAY)).bundlesSaved(),
                    "equal bundles are skipped");
        }
    }

    @Test
    void aBadBundleRowIsRefusedNamingItsLineAndColumnAndNothingIsImported() {
        try (CatalogueFixture f = CatalogueFixture.withDemo()) {
            f.catalogue.saveBundle(AWKWARD, note("新增", DAY));
            String csv = f.transfer.exportBundlesCsv(DAY);
            String changed = csv.replace("残疾人证新办与两项补贴申领一次办", "改过的说明");
            refused(f, ErrorCode.IMPORT_INVALID, "column 情形: situation '新生儿是否在本县落户': each answer is 答案=事项、事项",
                    changed.replace("|否=;是否同时", "|否;是否同时"));
            refused(f, ErrorCode.IMPORT_INVALID, "column 情形: situation '是否残疾人' needs at least two answers",
                    changed.replace("是否残疾人|是=LD-CL-001、LD-MZ-004|否=", "是否残疾人|是=LD-CL-001"));
            refused(f, ErrorCode.IMPORT_INVALID, "names item LD-GA-002, which the bundle does not group",
                    changed.replace("|是=LD-SB-003|", "|是=LD-GA-002|"));
            refused(f, ErrorCode.IMPORT_INVALID, "asks field '姓名' twice",
                    changed.replace("身份证号码\\|申请人", "姓名"));
            refused(f, ErrorCode.IMPORT_INVALID, "needs its fields or a reference to its document",
                    changed.replace("联办申请表（示例）.docx,姓名;身份证号码\\|申请人;联系电话\\;手机;备注\\=其他\\\\说明", ","));
            refused(f, ErrorCode.IMPORT_INVALID, "column 承诺时限（工作日）", changed.replace(",5,出生医学证明", ",五,出生医学证明"));
            refused(f, ErrorCode.IMPORT_INVALID, "bundle code YJS-CJR is used again (first on line 2)",
                    changed + csv.split("\r\n")[1] + "\r\n");
            refused(f, ErrorCode.IMPORT_INVALID, "line 1: the header row must be", changed.replaceFirst("情形", "情况"));
            refused(f, ErrorCode.ITEM_NOT_FOUND, "NO-SUCH", changed.replace("LD-ZR-001、LD-ZR-002", "LD-ZR-001、NO-SUCH"));
            assertEquals(csv, f.transfer.exportBundlesCsv(DAY), "nothing was imported");
        }
    }

    @Test
    void theMergedFormTravelsInJsonAndIsShownInTheListing() {
        try (CatalogueFixture first = CatalogueFixture.withDemo(); CatalogueFixture second = new CatalogueFixture()) {
            first.catalogue.saveBundle(AWKWARD, note("新增", DAY));
            String json = first.transfer.exportJson(DAY);
            assertTrue(json.contains("\"applicationForm\" : {"), json);
            second.transfer.importJson(json, note("迁移", LocalDate.of(2021, 9, 1)));
            assertEquals(FORM, second.catalogue.bundleGuide("YJS-Q", DAY).bundle().details().applicationForm());
            assertEquals(first.catalogue.bundleGuide("YJS-CS", DAY).bundle(),
                    second.catalogue.bundleGuide("YJS-CS", DAY).bundle());
            refusedJson(second, "asks field '姓名' twice", json.replace("\"身份证号码|申请人\"", "\"姓名\""));
            refusedJson(second, "Unrecognized field \"fieldz\"", json.replace("\"fields\" : [ \"姓名\"", "\"fieldz\" : [ \"姓名\""));

            first.versions.publish("2022年版", note("公示", DAY));
            String html = new org.bianmin.catalogue.internal.listing.ListingPage().render(first.versions.listing(1), null);
            assertTrue(html.contains("；一张表：联办申请表=甲|乙;丙（表单：联办申请表（示例）.docx），填报项：姓名、身份证号码|申请人、"
                    + "联系电话;手机、备注=其他\\说明"), html);
        }
    }

    @Test
    void aMaterialsNecessityAndElectronicFormTravelInCsvAndJsonAndOldFilesStillRead() {
        Material optional = new Material("户口簿|首页", MaterialForm.ELECTRONIC, 1, true, null, null,
                new MaterialDetails(MaterialSource.APPLICANT, MaterialNecessity.OPTIONAL, true, "A4", null, null));
        Material deferrable = Material.required("承诺书", MaterialForm.ORIGINAL, 1)
                .withDetails(new MaterialDetails(MaterialSource.APPLICANT, MaterialNecessity.DEFERRABLE, false, null,
                        null, null));
        ServiceItem item = ServiceItem.builder("LD-T-NEC", "必要性测试事项", org.bianmin.catalogue.ItemType.PAYMENT)
                .legalBasis("依据").material(optional).material(deferrable).days(10, 5).build();
        try (CatalogueFixture first = new CatalogueFixture(); CatalogueFixture byCsv = new CatalogueFixture();
                CatalogueFixture byJson = new CatalogueFixture()) {
            first.catalogue.addItem(item, note("新增", DAY));
            String csv = first.transfer.exportItemsCsv(DAY);
            assertTrue(csv.contains("户口簿\\|首页|电子件|1|必需||申请人自备|非必要|是|A4||;承诺书|原件|1|必需||申请人自备|容缺|否|||"),
                    csv);
            byCsv.transfer.importItemsCsv(csv, note("迁移", DAY));
            assertEquals(item, byCsv.catalogue.item("LD-T-NEC", DAY).orElseThrow());
            String json = first.transfer.exportJson(DAY);
            assertTrue(json.contains("\"necessity\" : \"OPTIONAL\"") && !json.contains("deferrable"), json);
            byJson.transfer.importJson(json, note("迁移", DAY));
            assertEquals(item, byJson.catalogue.item("LD-T-NEC", DAY).orElseThrow());

            // files written when 容缺 was 是/否 and JSON said "deferrable"
            String oldCsv = csv.replace("|非必要|", "|否|").replace("|容缺|", "|是|").replace("LD-T-NEC", "LD-T-OLD");
            byCsv.transfer.importItemsCsv(oldCsv, note("旧文件", DAY));
            List<MaterialNecessity> read = byCsv.catalogue.item("LD-T-OLD", DAY).orElseThrow().materials().stream()
                    .map(m -> m.details().necessity()).toList();
            assertEquals(List.of(MaterialNecessity.REQUIRED, MaterialNecessity.DEFERRABLE), read);
            String oldJson = json.replace("\"necessity\" : \"DEFERRABLE\"", "\"deferrable\" : true");
            assertTrue(oldJson.contains("\"deferrable\" : true"), oldJson);
            try (CatalogueFixture old = new CatalogueFixture()) {
                old.transfer.importJson(oldJson, note("旧文件", DAY));
                assertEquals(item, old.catalogue.item("LD-T-NEC", DAY).orElseThrow());
                refusedJson(old, "necessity OPTIONAL contradicts deferrable true",
                        json.replace("\"necessity\" : \"OPTIONAL\"", "\"necessity\" : \"OPTIONAL\", \"deferrable\" : true"));
            }
            refusedCsv(byCsv, "unknown material necessity '可选'", csv.replace("|非必要|", "|可选|"));
            refusedCsv(byCsv, "unknown material form '扫描件'", csv.replace("|电子件|", "|扫描件|"));
        }
    }

    private static void refused(CatalogueFixture f, ErrorCode code, String message, String csv) {
        check(code, message, () -> f.transfer.importBundlesCsv(csv, note("导入", DAY)));
    }

    private static void refusedCsv(CatalogueFixture f, String message, String csv) {
        check(ErrorCode.IMPORT_INVALID, message, () -> f.transfer.importItemsCsv(csv, note("导入", DAY)));
    }

    private static void refusedJson(CatalogueFixture f, String message, String json) {
        check(ErrorCode.IMPORT_INVALID, message, () -> f.transfer.importJson(json, note("导入", DAY)));
    }

    private static void check(ErrorCode code, String message, Runnable action) {
        BianminException e = assertThrows(BianminException.class, action::run);
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

}
