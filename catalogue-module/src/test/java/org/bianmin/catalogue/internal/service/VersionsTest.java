package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.demo.DemoCatalogue.COUNTY_CODE;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.HEPING;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.XINGLONG;
import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.catalogue.CatalogueChange;
import org.bianmin.catalogue.CatalogueDiff;
import org.bianmin.catalogue.CatalogueVersion;
import org.bianmin.catalogue.ChangeKind;
import org.bianmin.catalogue.DiffKind;
import org.bianmin.catalogue.DiffSection;
import org.bianmin.catalogue.EntryDiff;
import org.bianmin.catalogue.FieldChange;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.internal.listing.ListingPage;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/**
 * Dynamic adjustment (动态调整, plan task 8): recorded changes with reason and legal basis, immutable
 * published versions, "as of" queries by date and by version, field-by-field diffs, the public listing
 * and the audit trail.
 */
class VersionsTest {
    private static final LocalDate V1_DAY = LocalDate.of(2022, 1, 1);
    private static final LocalDate AMENDED = LocalDate.of(2023, 3, 1);

    @Test
    void amendmentsArePublishedAsNewVersionsAndDiffedFieldByField() {
        try (CatalogueFixture f = CatalogueFixture.withDemo()) {
            CatalogueVersion v1 = f.versions.publish("泸定县便民服务事项清单（2022年版）", note("年度公示", V1_DAY));
            ServiceItem dibao = f.catalogue.item("LD-MZ-001", V1_DAY).orElseThrow();

            ServiceItem amended = dibao.toBuilder()
                    .days(30, 15)
                    .material(Material.conditional("残疾人证", MaterialForm.ORIGINAL_AND_COPY, 1, "家庭成员有残疾的"))
                    .build();
            f.catalogue.amendItem(amended, note("承诺时限压缩至15个工作日", AMENDED));
            f.catalogue.removeItem("LD-SW-001", note("事项调整至县级部门直接办理", AMENDED));
            f.grants.withdraw("G-2021-008", note("承接能力不足", AMENDED));
            CatalogueVersion v2 = f.versions.publish("泸定县便民服务事项清单（2023年版）", note("动态调整后公示", AMENDED));

            assertEquals(1, v1.number());
            assertEquals(2, v2.number());
            assertEquals(v1.itemCount() - 1, v2.itemCount());
            assertEquals(List.of(v1, v2), f.versions.versions());

            // as of a date: the live catalogue still knows the old text before the amendment applies
            assertEquals(20, f.catalogue.item("LD-MZ-001", AMENDED.minusDays(1)).orElseThrow().promisedDays());
            assertEquals(15, f.catalogue.item("LD-MZ-001", AMENDED).orElseThrow().promisedDays());
            assertTrue(f.catalogue.item("LD-SW-001", AMENDED).isEmpty());
            assertTrue(f.catalogue.item("LD-SW-001", AMENDED.minusDays(1)).isPresent());

            // as of a version: version 1 answers with the text it published, whatever the date
            assertEquals(20, f.versions.whoHandles("LD-MZ-001", HEPING, AMENDED, 1).promisedDays());
            assertEquals(1, f.versions.whoHandles("LD-MZ-001", HEPING, AMENDED, 1).version());
            assertEquals(15, f.versions.whoHandles("LD-MZ-001", HEPING, AMENDED, 2).promisedDays());
            assertEquals(XINGLONG, f.versions.whoHandles("LD-SC-001", XINGLONG, AMENDED, 1).handlingPlace().code());
            assertEquals(COUNTY_CODE, f.versions.whoHandles("LD-SC-001", XINGLONG, AMENDED, 2).handlingPlace().code());

            CatalogueDiff diff = f.versions.diff(1, 2);
            EntryDiff item = only(diff.in(DiffSection.ITEM), "LD-MZ-001");
            assertEquals(DiffKind.CHANGED, item.kind());
            assertEquals(List.of(new FieldChange("promisedDays", "20", "15"),
                    new FieldChange("handling.promisedLimit.amount", "20", "15"),
                    new FieldChange("materials[残疾人证]", null,
                            "{\"name\":\"残疾人证\",\"form\":\"ORIGINAL_AND_COPY\",\"copies\":1,\"required\":false,"
                                    + "\"condition\":\"家庭成员有残疾的\",\"sampleForm\":null}")), item.fields());
            assertEquals(DiffKind.REMOVED, only(diff.in(DiffSection.ITEM), "LD-SW-001").kind());
            EntryDiff grant = only(diff.in(DiffSection.GRANT), "G-2021-008");
            assertEquals(DiffKind.CHANGED, grant.kind());
            assertEquals("withdrawal", grant.fields().get(0).field());
            assertNull(grant.fields().get(0).before());
            assertEquals(3, diff.entries().size(), diff.toString());
            assertTrue(f.versions.diff(2, 2).empty());

            // every change is recorded with its reason and legal basis
            List<CatalogueChange> changes = f.versions.changes(v1.lastChange(), 100);
            assertEquals(List.of(ChangeKind.ITEM_AMENDED, ChangeKind.ITEM_REMOVED, ChangeKind.GRANT_WITHDRAWN,
                    ChangeKind.VERSION_PUBLISHED), changes.stream().map(CatalogueChange::kind).toList());
            assertEquals("承诺时限压缩至15个工作日", changes.get(0).reason());
            assertEquals("《泸定县便民服务事项清单动态调整机制》", changes.get(0).legalBasis());
            assertEquals(AMENDED, changes.get(0).effective());
            assertEquals("county.admin.li", changes.get(0).actor().id());

            // ... and sent to the audit trail
            @SuppressWarnings("unchecked")
            ArgumentCaptor<List<AuditEvent>> events = ArgumentCaptor.forClass(List.class);
            Mockito.verify(f.audit, Mockito.times(5)).appendAll(events.capture());
            assertEquals(List.of(AuditEventType.CATALOGUE_VERSION_PUBLISHED, AuditEventType.CATALOGUE_ITEM_AMENDED,
                    AuditEventType.CATALOGUE_ITEM_REMOVED, AuditEventType.CATALOGUE_GRANT_WITHDRAWN,
                    AuditEventType.CATALOGUE_VERSION_PUBLISHED),
                    events.getAllValues().stream().flatMap(List::stream).map(AuditEvent::type).toList());
            AuditEvent amendment = events.getAllValues().get(1).get(0);
            assertEquals("LD-MZ-001", amendment.subject());
            assertEquals("承诺时限压缩至15个工作日", amendment.details().get("reason"));
        }
    }

    @Test
    void thePublicListingShowsEveryDisclosedField() {
        try (CatalogueFixture f = CatalogueFixture.withDemo()) {
            f.versions.publish("泸定县便民服务事项清单（2022年版）", note("年度公示", V1_DAY));
            String html = new ListingPage().render(f.versions.listing(1), null);
            assertTrue(html.startsWith("<!DOCTYPE html>"));
            for (String disclosed : List.of("城乡居民最低生活保障对象认定", "申请材料目录及要求", "居民身份证（原件及复印件，1份，必需）",
                    "代办人身份证及委托书（原件及复印件，1份，条件：委托他人代办时）", "法定办结时限</th><td>30个工作日",
                    "承诺办结时限</th><td>20个工作日", "收费标准及依据</th><td>不收费",
                    "20.00元（依据：《财政部 国家发展改革委关于居民身份证收费标准及有关问题的通知》）", "设定依据", "12345政务服务便民热线",
                    "新生儿出生“一件事”", "实施编码</th><td>QR00028000513322000000", "行使层级及权力来源</th><td>县级，法定本级行使",
                    "到办事现场次数</th><td>1次（采集人像和指纹信息须本人到场）", "承诺时限及说明</th><td>20工作日（不含入户调查和公示期）",
                    "实施主体</th><td>乡镇人民政府（法定机关，统一社会信用代码—）", "联办机构</th><td>泸定县残疾人联合会",
                    "办理结果</th><td>中华人民共和国居民身份证（证照，样本：居民身份证式样（示例），送达方式：窗口领取、邮政寄递）",
                    "出生医学证明（原件，1份，必需）；共享获取（免提交）；可提交电子材料",
                    "；年度清单；牵头部门：县卫生健康局；情形：新生儿是否在本县落户（是/否）")) {
                assertTrue(html.contains(disclosed), "listing shows " + disclosed);
            }
            assertFalse(html.contains("<script"), "values are escaped");
            String english = new ListingPage().render(f.versions.listing(1), Locale.ENGLISH);
            assertTrue(english.contains("<html lang=\"en\">"), english);
            for (String labelled : List.of("Statutory time limit</th><td>30 working days",
                    "Promised time limit</th><td>20 working days", "居民身份证 (原件及复印件, copies: 1, required)",
                    "Visits to the counter</th><td>once (采集人像和指纹信息须本人到场)", "Basic code (基本编码)</th><td>QR00028000")) {
                assertTrue(english.contains(labelled), "English listing shows " + labelled);
            }
            assertFalse(english.contains("法定办结时限"), "no Chinese label in the English listing");
        }
    }

    @Test
    void aPublishedSnapshotAlteredInTheDatabaseIsReportedNotServed() {
        try (CatalogueFixture f = CatalogueFixture.withDemo()) {
            f.versions.publish("2022年版", note("年度公示", V1_DAY));
            f.db.execute("UPDATE cat_version SET snapshot = REPLACE(snapshot, '\"promisedDays\":20', "
                    + "'\"promisedDays\":2') WHERE version_no = 1");
            CatalogueVersionsService fresh = new CatalogueVersionsService(f.engine);
            assertEquals(ErrorCode.STORAGE_FAILURE, assertThrows(BianminException.class,
                    () -> fresh.items(1)).code());
            assertEquals(ErrorCode.VERSION_NOT_FOUND, assertThrows(BianminException.class,
                    () -> fresh.version(7)).code());
        }
    }

    private static EntryDiff only(List<EntryDiff> entries, String key) {
        List<EntryDiff> matching = entries.stream().filter(entry -> entry.key().equals(key)).toList();
        assertEquals(1, matching.size(), entries.toString());
        return matching.get(0);
    }
}
