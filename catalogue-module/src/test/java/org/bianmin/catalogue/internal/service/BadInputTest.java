package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.demo.DemoCatalogue.COUNTY_CODE;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.HEPING;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.MOXI;
import static org.bianmin.catalogue.internal.demo.DemoCatalogue.XINGLONG;
import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bianmin.catalogue.ChangeNote;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.GrantRequest;
import org.bianmin.catalogue.ItemType;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.PlaceKind;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.internal.demo.DemoCatalogue;
import org.bianmin.catalogue.internal.transfer.ItemCsv;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Bad input: every refusal has its stable error code, a message naming the record, and
 * leaves nothing written — no row, no change record, no audit event, no index change.
 */
class BadInputTest {
    private static final LocalDate DAY = LocalDate.of(2022, 5, 10);
    private static final List<String> TABLES = List.of("cat_change", "cat_place", "cat_batch", "cat_item_revision",
            "cat_bundle_revision", "cat_grant", "cat_grant_township", "cat_version", "catalogue_audit_outbox");
    private static CatalogueFixture fixture;

    @BeforeAll
    static void open() {
        fixture = CatalogueFixture.withDemo();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** Runs {@code action}, expects {@code code} with a message containing {@code named}, and checks nothing changed. */
    private static BianminException refused(ErrorCode code, String named, Consumer<CatalogueFixture> action) {
        Map<String, Long> before = counts();
        String exportBefore = fixture.transfer.exportJson(DAY);
        Mockito.clearInvocations(fixture.audit);
        BianminException e = assertThrows(BianminException.class, () -> action.accept(fixture));
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(named), "message names " + named + ": " + e.getMessage());
        assertEquals(before, counts(), "no row written");
        assertEquals(exportBefore, fixture.transfer.exportJson(DAY), "the index is unchanged");
        Mockito.verifyNoInteractions(fixture.audit);
        return e;
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        TABLES.forEach(table -> counts.put(table, fixture.rows(table)));
        return counts;
    }

    private static ServiceItem item(String code) {
        return ServiceItem.builder(code, "测试事项", ItemType.PUBLIC_SERVICE).legalBasis("测试依据").days(5, 3).build();
    }

    private static ChangeNote day() {
        return note("测试", DAY);
    }

    @Test
    void duplicateItemCode() {
        refused(ErrorCode.ITEM_DUPLICATE_CODE, "LD-MZ-001", f -> f.catalogue.addItem(item("LD-MZ-001"), day()));
    }

    @Test
    void amendmentOfAnUnknownItem() {
        refused(ErrorCode.ITEM_NOT_FOUND, "NO-SUCH", f -> f.catalogue.amendItem(item("NO-SUCH"), day()));
    }

    @Test
    void amendmentDatedBeforeTheItemsLatestChange() {
        ServiceItem item = DemoCatalogue.snapshot().items().get(0);
        refused(ErrorCode.DATE_RANGE_INVALID, item.code(),
                f -> f.catalogue.amendItem(item, note("倒签", LocalDate.of(2020, 1, 1))));
    }

    @Test
    void grantOfAnUnknownItem() {
        refused(ErrorCode.ITEM_NOT_FOUND, "NO-SUCH", f -> f.grants.grant(new GrantRequest(null, "NO-SUCH", 1,
                Set.of(XINGLONG), "泸府办发〔2022〕1号", DAY, null), day()));
    }

    @Test
    void grantToAnUnknownTownship() {
        refused(ErrorCode.PLACE_NOT_FOUND, "513322999", f -> f.grants.grant(new GrantRequest(null, "LD-SW-001", 1,
                Set.of(DivisionCode.of("513322999")), "泸府办发〔2022〕1号", DAY, null), day()));
    }

    @Test
    void grantToAVillageInsteadOfATownship() {
        refused(ErrorCode.INVALID_ARGUMENT, "513322102201", f -> f.grants.grant(new GrantRequest(null, "LD-SW-001", 1,
                Set.of(HEPING), "泸府办发〔2022〕1号", DAY, null), day()));
    }

    @Test
    void grantInAnUnknownBatch() {
        refused(ErrorCode.BATCH_NOT_FOUND, "batch 9", f -> f.grants.grant(new GrantRequest(null, "LD-SW-001", 9,
                Set.of(XINGLONG), "泸府办发〔2022〕1号", DAY, null), day()));
    }

    @Test
    void overlappingGrantOfTheSameItemToTheSameTownship() {
        // G-2021-001 grants LD-MZ-001 to every township from 2021-10-01, open-ended
        BianminException e = refused(ErrorCode.GRANT_OVERLAPS, "G-2021-001", f -> f.grants.grant(
                new GrantRequest(null, "LD-MZ-001", 1, Set.of(MOXI), "泸府办发〔2022〕1号", DAY, null), day()));
        assertTrue(e.getMessage().contains(MOXI.value()), e.getMessage());
    }

    @Test
    void grantThatEndsBeforeItStarts() {
        refused(ErrorCode.DATE_RANGE_INVALID, "2022-01-01", f -> f.grants.grant(new GrantRequest(null, "LD-SW-001", 1,
                Set.of(XINGLONG), "泸府办发〔2022〕1号", DAY, LocalDate.of(2022, 1, 1)), day()));
    }

    @Test
    void withdrawalOfAnUnknownOrAlreadyWithdrawnGrant() {
        refused(ErrorCode.GRANT_NOT_FOUND, "G-NONE", f -> f.grants.withdraw("G-NONE", day()));
        refused(ErrorCode.DATE_RANGE_INVALID, "G-2021-001",
                f -> f.grants.withdraw("G-2021-001", note("早于生效", LocalDate.of(2021, 1, 1))));
    }

    @Test
    void duplicatePlaceAndPlaceUnderAnUnknownParent() {
        refused(ErrorCode.PLACE_DUPLICATE_CODE, "513322102",
                f -> f.catalogue.addPlace(new Place(XINGLONG, "重复", PlaceKind.TOWNSHIP, COUNTY_CODE), day()));
        refused(ErrorCode.PLACE_NOT_FOUND, "513322777", f -> f.catalogue.addPlace(new Place(
                DivisionCode.of("513322777201"), "无主村", PlaceKind.VILLAGE, DivisionCode.of("513322777")), day()));
    }

    @Test
    void duplicateBatchNumber() {
        refused(ErrorCode.BATCH_DUPLICATE_NUMBER, "batch 1", f -> f.grants.addBatch(
                new DevolutionBatch(1, "重复批次", "泸府办发〔2022〕2号", DAY), day()));
    }

    @Test
    void bundleOfAnUnknownItem() {
        refused(ErrorCode.ITEM_NOT_FOUND, "NO-SUCH", f -> f.catalogue.saveBundle(
                new ServiceBundle("YJS-X", "测试一件事", List.of("LD-MZ-001", "NO-SUCH"), null, null), day()));
    }

    @Test
    void malformedJson() {
        BianminException e = refused(ErrorCode.IMPORT_INVALID, "line 3",
                f -> f.transfer.importJson("{\n \"format\": \"bianmin-catalogue\",\n \"items\": [ }", day()));
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void jsonWithABadFieldNamesItsPath() {
        String json = DemoCatalogue.json().replaceFirst("\"promisedDays\" : 20", "\"promisedDays\" : \"twenty\"");
        refused(ErrorCode.IMPORT_INVALID, "$.items[", f -> f.transfer.importJson(json, day()));
    }

    @Test
    void jsonElementWithAnUnknownFieldNamesItsPath() {
        String json = DemoCatalogue.json().replaceFirst("\"counterVisits\" :", "\"counterVisit\" :");
        BianminException e = refused(ErrorCode.IMPORT_INVALID, ".handling.counterVisit",
                f -> f.transfer.importJson(json, day()));
        assertTrue(e.getMessage().startsWith("$.items["), e.getMessage());
    }

    @Test
    void jsonWithABadBasicCodeKeepsItsCodeAndNamesThePath() {
        String json = DemoCatalogue.json().replace("\"basicCode\" : \"QR00028000\"", "\"basicCode\" : \"QR0002800\"");
        refused(ErrorCode.BASIC_CODE_INVALID, "must have 10 characters", f -> f.transfer.importJson(json, day()));
    }

    @Test
    void jsonWithAWrongCheckCharacterIsRefused() {
        String item = "{\"code\":\"NEW-3\",\"name\":\"新事项\",\"type\":\"LICENSING\",\"levels\":[\"COUNTY\"],"
                + "\"legalBasis\":\"依据\",\"statutoryDays\":5,\"promisedDays\":3,\"exercise\":{\"exerciseLevel\":\"县级\","
                + "\"powerSource\":\"法定本级行使\",\"implementingBody\":\"某局\","
                + "\"implementingBodyCode\":\"123502001549897398\",\"bodyNature\":\"法定机关\"}}";
        String json = "{\"format\":\"bianmin-catalogue\",\"formatVersion\":1,\"items\":[" + item + "]}";
        BianminException e = refused(ErrorCode.CREDIT_CODE_INVALID, "$.items[0]", f -> f.transfer.importJson(json, day()));
        assertTrue(e.getMessage().contains("give '7'"), e.getMessage());
    }

    @Test
    void csvWithABadImplementationCodeNamesLineAndColumn() {
        String csv = fixture.transfer.exportItemsCsv(DAY);
        String bad = csv.replace(",QR00028000513322000000", ",QR00028000513322000X00");
        BianminException e = refused(ErrorCode.IMPLEMENTATION_CODE_INVALID, "column 实施编码",
                f -> f.transfer.importItemsCsv(bad, day()));
        assertTrue(e.getMessage().startsWith("line "), e.getMessage());
    }

    @Test
    void csvWithHandlingTermsButNoItemKindIsRefused() {
        String bad = fixture.transfer.exportItemsCsv(DAY).replace(",承诺件,60|工作日|,", ",,60|工作日|,");
        refused(ErrorCode.IMPORT_INVALID, "column 法定办结时限: given without 办件类型",
                f -> f.transfer.importItemsCsv(bad, day()));
    }

    @Test
    void jsonImportWithOneBadRecordImportsNothing() {
        // a valid new item first, then a grant that overlaps: all or nothing
        String json = "{\"format\":\"bianmin-catalogue\",\"formatVersion\":1,\"items\":["
                + "{\"code\":\"NEW-1\",\"name\":\"新事项\",\"type\":\"公共服务\",\"levels\":[\"县级\"],"
                + "\"legalBasis\":\"依据\",\"statutoryDays\":5,\"promisedDays\":3}],"
                + "\"grants\":[{\"id\":\"G-NEW\",\"itemCode\":\"LD-MZ-002\",\"batch\":1,\"townships\":[\"513322102\"],"
                + "\"documentNumber\":\"泸府办发〔2022〕5号\",\"effectiveFrom\":\"2022-01-01\"}]}";
        BianminException e = refused(ErrorCode.GRANT_OVERLAPS, "$.grants[0] (G-NEW)",
                f -> f.transfer.importJson(json, day()));
        assertTrue(e.getMessage().contains("G-2021-002"), e.getMessage());
        assertTrue(fixture.catalogue.item("NEW-1", DAY).isEmpty());
    }

    @Test
    void jsonImportWithADuplicateItemCodeNamesBothRecords() {
        String item = "{\"code\":\"NEW-2\",\"name\":\"新事项\",\"type\":\"LICENSING\",\"levels\":[\"COUNTY\"],"
                + "\"legalBasis\":\"依据\",\"statutoryDays\":5,\"promisedDays\":3}";
        String other = item.replace("新事项", "另一事项");
        String json = "{\"format\":\"bianmin-catalogue\",\"formatVersion\":1,\"items\":[" + item + "," + other + "]}";
        refused(ErrorCode.ITEM_DUPLICATE_CODE, "$.items[1] (NEW-2)", f -> f.transfer.importJson(json, day()));
    }

    @Test
    void csvWithAnUnclosedQuote() {
        String csv = String.join(",", ItemCsv.HEADERS) + "\r\nA-1,\"未闭合,公共服务\r\n";
        refused(ErrorCode.IMPORT_INVALID, "line 2", f -> f.transfer.importItemsCsv(csv, day()));
    }

    @Test
    void csvWithABadCellNamesLineAndColumn() {
        String good = ItemCsv.write(List.of(item("CSV-1"), item("CSV-2")));
        String bad = good.replace("CSV-2,测试事项,,公共服务,县级,,测试依据,,,5,3", "CSV-2,测试事项,,公共服务,县级,,测试依据,,,五,3");
        BianminException e = refused(ErrorCode.IMPORT_INVALID, "line 3, column 法定时限（工作日）",
                f -> f.transfer.importItemsCsv(bad, day()));
        assertTrue(fixture.catalogue.item("CSV-1", DAY).isEmpty(), "the good first row was not imported: " + e);
    }

    @Test
    void csvWithADuplicateCode() {
        String csv = ItemCsv.write(List.of(item("CSV-3"), item("CSV-3")));
        refused(ErrorCode.ITEM_DUPLICATE_CODE, "line 3", f -> f.transfer.importItemsCsv(csv, day()));
    }

    @Test
    void csvWithTheWrongHeader() {
        refused(ErrorCode.IMPORT_INVALID, "line 1", f -> f.transfer.importItemsCsv("code,name\r\nA,B\r\n", day()));
    }

    @Test
    void invalidRecordsAreRefusedBeforeTheyReachTheCatalogue() {
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class, () -> ServiceItem
                .builder("X-1", "事项", ItemType.LICENSING).legalBasis("依据").days(5, 10).build()).code(),
                "promised limit longer than the statutory one");
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class, () -> ServiceItem
                .builder("bad code!", "事项", ItemType.LICENSING).legalBasis("依据").build()).code());
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(BianminException.class,
                () -> new ChangeNote(org.bianmin.core.Actor.of("a"), " ", "依据", DAY)).code(), "a change needs a reason");
    }

    @Test
    void whenTheAuditTrailIsDownTheChangeStandsAndItsEventWaitsInTheOutbox() {
        try (CatalogueFixture own = CatalogueFixture.withDemo()) {
            Mockito.when(own.audit.appendAll(Mockito.anyList()))
                    .thenThrow(new BianminException(ErrorCode.STORAGE_FAILURE, "audit database down"))
                    .thenReturn(List.of());
            long changes = own.rows("cat_change");
            own.catalogue.addItem(item("AUDIT-1"), day());
            assertEquals(changes + 1, own.rows("cat_change"));
            assertTrue(own.catalogue.item("AUDIT-1", DAY).isPresent());
            assertEquals(List.of("AUDIT-1"), own.engine.auditOutbox().pending(10).stream()
                    .map(record -> record.event().subject()).toList());

            assertEquals(1, own.audit.integrate(own.engine.auditOutbox()), "the trail is back");
            assertEquals(List.of(), own.engine.auditOutbox().pending(10));
        }
    }

    @Test
    void aRefusedChangeLeavesNothingInTheOutbox() {
        try (CatalogueFixture own = CatalogueFixture.withDemo()) {
            own.catalogue.addItem(item("AUDIT-1"), day());
            assertThrows(BianminException.class, () -> own.catalogue.addItem(item("AUDIT-1"), day()),
                    "the item exists");
            assertEquals(List.of(), own.engine.auditOutbox().pending(10), "the first change's event was integrated,"
                    + " the refused one wrote none");
            Mockito.verify(own.audit, Mockito.times(1)).appendAll(Mockito.anyList());
        }
    }
}
