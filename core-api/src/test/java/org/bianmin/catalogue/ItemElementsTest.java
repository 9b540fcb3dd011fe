package org.bianmin.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Power exercise and handling terms: what belongs together, and each refusal with a message to act on. */
class ItemElementsTest {
    private static final String COUNTY = "泸定县人民政府";

    @Test
    void aStatutoryPowerHasNoGrantingBodyAndOthersNeedOne() {
        PowerExercise own = new PowerExercise(ExerciseLevel.COUNTY, PowerSource.STATUTORY, null, "泸定县民政局", null,
                BodyNature.STATUTORY_ORGAN, null, List.of());
        assertEquals(List.of(), own.jointBodies());
        refused("has no granting body", () -> new PowerExercise(ExerciseLevel.COUNTY, PowerSource.STATUTORY, COUNTY,
                "泸定县民政局", null, BodyNature.STATUTORY_ORGAN, null, null));
        refused("needs the body that gave it", () -> new PowerExercise(ExerciseLevel.TOWNSHIP, PowerSource.DEVOLVED,
                " ", "泸定县兴隆镇人民政府", null, BodyNature.STATUTORY_ORGAN, null, null));
    }

    @Test
    void anEntrustedPowerIsExercisedByAnEntrustedOrganisationForItsDepartment() {
        PowerExercise entrusted = new PowerExercise(ExerciseLevel.TOWNSHIP, PowerSource.ENTRUSTED, COUNTY,
                "泸定县兴隆镇便民服务中心", null, BodyNature.ENTRUSTED_ORGANISATION, "泸定县民政局", List.of("泸定县残联"));
        assertEquals("泸定县民政局", entrusted.entrustingDepartment());
        refused("exercises exactly the entrusted", () -> new PowerExercise(ExerciseLevel.TOWNSHIP,
                PowerSource.ENTRUSTED, COUNTY, "兴隆镇", null, BodyNature.STATUTORY_ORGAN, "泸定县民政局", null));
        refused("needs its entrusting department", () -> new PowerExercise(ExerciseLevel.TOWNSHIP,
                PowerSource.ENTRUSTED, COUNTY, "兴隆镇", null, BodyNature.ENTRUSTED_ORGANISATION, null, null));
        refused("only an entrusted power has an entrusting department", () -> new PowerExercise(
                ExerciseLevel.TOWNSHIP, PowerSource.DEVOLVED, COUNTY, "兴隆镇", null, BodyNature.STATUTORY_ORGAN,
                "泸定县民政局", null));
    }

    @Test
    void handlingTermsTieKindVisitsAndLimitsTogether() {
        HandlingTerms promised = terms(ItemKind.PROMISED, 20, 10, 1, "核验原件");
        assertTrue(promised.atMostOneVisit());
        assertFalse(terms(ItemKind.PROMISED, 20, 10, 2, "现场勘验").atMostOneVisit());
        assertEquals(ServiceScope.NONE, promised.scope());
        refused("so its promised time limit is 0", () -> terms(ItemKind.IMMEDIATE, 5, 1, 0, null));
        refused("promises a time limit of at least 1", () -> terms(ItemKind.PROMISED, 5, 0, 0, null));
        refused("exceeds the statutory 20工作日", () -> terms(ItemKind.PROMISED, 20, 21, 0, null));
        refused("must say why", () -> terms(ItemKind.PROMISED, 20, 10, 1, " "));
        refused("has no reason to visit", () -> terms(ItemKind.PROMISED, 20, 10, 0, "核验原件"));
        refused("are 0, 1 or 2", () -> terms(ItemKind.PROMISED, 20, 10, 3, "核验原件"));
        refused("in the statutory limit's unit", () -> new HandlingTerms(ItemKind.PROMISED,
                new TimeLimit(1, LimitUnit.MONTHS, null), TimeLimit.workingDays(10), 0, null,
                OnlineDepth.FULLY_ONLINE, null, false, false, false));
    }

    @Test
    void anItemsWorkingDayLimitsMustAgreeWithItsHandlingTerms() {
        ServiceItem.Builder item = ServiceItem.builder("LD-T-1", "测试事项", ItemType.PAYMENT).legalBasis("依据")
                .days(20, 10);
        assertEquals(10, item.elements(new ItemElements(null, null, terms(ItemKind.PROMISED, 20, 10, 0, null)))
                .build().elements().handling().promised().amount());
        refused("make them agree", () -> item.elements(new ItemElements(null, null,
                terms(ItemKind.PROMISED, 20, 5, 0, null))).build());
        assertEquals(ItemElements.NONE, item.elements(null).build().elements());
    }

    @Test
    void amendingAnItemsWorkingDaysAmendsItsHandlingTerms() {
        ServiceItem item = ServiceItem.builder("LD-T-1", "测试事项", ItemType.PAYMENT).legalBasis("依据").days(20, 10)
                .elements(new ItemElements(null, null, new HandlingTerms(ItemKind.PROMISED, TimeLimit.workingDays(20),
                        new TimeLimit(10, LimitUnit.WORKING_DAYS, "不含公示期"), 0, null, OnlineDepth.FULLY_ONLINE,
                        null, false, false, false)))
                .build();
        HandlingTerms faster = item.toBuilder().days(20, 0).build().elements().handling();
        assertEquals(new TimeLimit(0, LimitUnit.WORKING_DAYS, "不含公示期"), faster.promised());
        assertEquals(ItemKind.IMMEDIATE, faster.kind());
        HandlingTerms months = new HandlingTerms(ItemKind.PROMISED, new TimeLimit(3, LimitUnit.MONTHS, null),
                new TimeLimit(2, LimitUnit.MONTHS, null), 0, null, OnlineDepth.DOWNLOAD, null, false, false, false);
        assertEquals(months, months.withWorkingDays(60, 40));
    }

    @Test
    void aSharedMaterialIsNotHandedInAndCannotFollowLater() {
        MaterialDetails shared = new MaterialDetails(MaterialSource.SHARED_BY_PLATFORM, false, true, null, null, null);
        ServiceItem item = ServiceItem.builder("LD-T-2", "测试事项", ItemType.PAYMENT).legalBasis("依据")
                .material(Material.required("户口簿", MaterialForm.ORIGINAL, 1).withDetails(shared))
                .material(Material.required("身份证", MaterialForm.ORIGINAL, 1)).build();
        assertEquals(List.of("身份证"), item.materialsToHandIn().stream().map(Material::name).toList());
        assertEquals(MaterialDetails.NONE, Material.required("身份证", MaterialForm.ORIGINAL, 1).details());
        refused("cannot be handed in later (容缺)", () -> new MaterialDetails(MaterialSource.SHARED_BY_PLATFORM, true,
                false, null, null, null));
    }

    @Test
    void aMaterialIsNecessaryDeferrableOrNotNecessary() {
        MaterialDetails optional = new MaterialDetails(MaterialSource.APPLICANT, MaterialNecessity.OPTIONAL, false, null,
                null, null);
        assertFalse(optional.deferrable());
        assertEquals(MaterialNecessity.REQUIRED, new MaterialDetails(null, null, false, null, null, null).necessity());
        assertEquals(MaterialNecessity.DEFERRABLE,
                new MaterialDetails(MaterialSource.APPLICANT, true, false, null, null, null).necessity());
        assertEquals(MaterialNecessity.REQUIRED,
                new MaterialDetails(MaterialSource.APPLICANT, false, false, null, null, null).necessity());
        assertEquals(MaterialNecessity.OPTIONAL, MaterialNecessity.parse("非必要"));
        assertEquals(MaterialNecessity.DEFERRABLE, MaterialNecessity.parse("容缺"));
        assertEquals(MaterialNecessity.REQUIRED, MaterialNecessity.OPTIONAL.stricter(MaterialNecessity.REQUIRED));
        assertEquals(MaterialNecessity.DEFERRABLE, MaterialNecessity.OPTIONAL.stricter(MaterialNecessity.DEFERRABLE));
        assertEquals(MaterialNecessity.DEFERRABLE, MaterialNecessity.DEFERRABLE.stricter(MaterialNecessity.OPTIONAL));
        refused("unknown material necessity '可选'", () -> MaterialNecessity.parse("可选"));
        refused("cannot be handed in later (容缺)", () -> new MaterialDetails(MaterialSource.SHARED_BY_PLATFORM,
                MaterialNecessity.DEFERRABLE, false, null, null, null));
    }

    @Test
    void anElectronicFileIsCoveredByAnyPaperForm() {
        assertEquals(MaterialForm.ELECTRONIC, MaterialForm.parse("电子件"));
        assertEquals(MaterialForm.ELECTRONIC, MaterialForm.ELECTRONIC.union(MaterialForm.ELECTRONIC));
        assertEquals(MaterialForm.ORIGINAL, MaterialForm.ELECTRONIC.union(MaterialForm.ORIGINAL));
        assertEquals(MaterialForm.COPY, MaterialForm.COPY.union(MaterialForm.ELECTRONIC));
        assertEquals(MaterialForm.ORIGINAL_AND_COPY, MaterialForm.ORIGINAL.union(MaterialForm.COPY));
        refused("unknown material form '扫描件'", () -> MaterialForm.parse("扫描件"));
    }

    @Test
    void aMergedApplicationFormAsksEachFieldOnce() {
        ApplicationForm form = new ApplicationForm(" 联办申请表 ", null, List.of("姓名", "身份证号码（申请人）"));
        assertEquals("联办申请表", form.name());
        assertEquals(List.of("表.docx"), List.of(new ApplicationForm("表", "表.docx", null).document()));
        refused("asks field '身份证号码 (申请人)' twice (as '身份证号码（申请人）')", () -> new ApplicationForm("表", null,
                List.of("身份证号码（申请人）", "身份证号码 (申请人)")));
        refused("asks field '姓名' twice: a merged form asks each field once",
                () -> new ApplicationForm("表", null, List.of("姓名", "姓名")));
        refused("needs its fields or a reference to its document", () -> new ApplicationForm("表", " ", List.of()));
        refused("name of the merged application form", () -> new ApplicationForm(" ", "表.docx", List.of()));
        refused("field of form 表", () -> new ApplicationForm("表", null, List.of("x".repeat(101))));
        ServiceBundle bundle = new ServiceBundle("YJS-T", "测试一件事", List.of("A-1", "A-2"), null, null,
                new BundleDetails(null, null, null, List.of(), form));
        assertEquals(form, bundle.details().applicationForm());
        assertEquals(null, new BundleDetails(null, null, null, List.of()).applicationForm());
    }

    @Test
    void eachResultIsNamedOnce() {
        ItemResult card = new ItemResult("居民身份证", ResultType.LICENCE, null, "窗口领取");
        assertEquals(List.of(card), ItemElements.NONE.withResult(card).results());
        refused("listed twice", () -> ItemElements.NONE.withResult(card).withResult(
                new ItemResult("居民身份证", ResultType.OTHER, null, null)));
        refused("type of result", () -> new ItemResult("批复", null, null, null));
    }

    @Test
    void aSituationNamesOnlyMemberItemsAndEachQuestionOnce() {
        Situation local = new Situation("户籍是否在本县", List.of(new SituationOption("是", List.of("A-1")),
                new SituationOption("否", List.of())));
        ServiceBundle bundle = new ServiceBundle("YJS-T", "测试一件事", List.of("A-1", "A-2"), null, null,
                new BundleDetails(BundleList.COUNTY, "县政务服务中心", null, List.of(local)));
        assertEquals(List.of("A-1", "A-2"), bundle.applicableItems(java.util.Map.of("户籍是否在本县", "是")));
        assertEquals(List.of("A-2"), bundle.applicableItems(java.util.Map.of("户籍是否在本县", "否")));
        refused("names item A-3, which the bundle does not group", () -> new ServiceBundle("YJS-T", "测试", List.of(
                "A-1", "A-2"), null, null, new BundleDetails(null, null, null, List.of(new Situation("问", List.of(
                        new SituationOption("是", List.of("A-3")), new SituationOption("否", List.of())))))));
        refused("asks '户籍是否在本县' twice", () -> new ServiceBundle("YJS-T", "测试", List.of("A-1", "A-2"), null,
                null, new BundleDetails(null, null, null, List.of(local, local))));
        refused("needs at least two answers", () -> new Situation("问", List.of(new SituationOption("是", null))));
        refused("offers answer '是' twice", () -> new Situation("问", List.of(new SituationOption("是", null),
                new SituationOption("是", null))));
    }

    private static HandlingTerms terms(ItemKind kind, int statutory, int promised, int visits, String reason) {
        return new HandlingTerms(kind, TimeLimit.workingDays(statutory), TimeLimit.workingDays(promised), visits,
                reason, OnlineDepth.ONLINE_ACCEPTANCE, null, true, false, false);
    }

    private static void refused(String reason, Executable action) {
        BianminException e = assertThrows(BianminException.class, action);
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
