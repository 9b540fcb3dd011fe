package org.bianmin.catalogue.internal.demo;

import static org.bianmin.catalogue.ItemType.CONFIRMATION;
import static org.bianmin.catalogue.ItemType.LICENSING;
import static org.bianmin.catalogue.ItemType.OTHER_POWER;
import static org.bianmin.catalogue.ItemType.PAYMENT;
import static org.bianmin.catalogue.ItemType.PUBLIC_SERVICE;
import static org.bianmin.catalogue.ItemType.REWARD;
import static org.bianmin.catalogue.MaterialForm.COPY;
import static org.bianmin.catalogue.MaterialForm.ORIGINAL;
import static org.bianmin.catalogue.MaterialForm.ORIGINAL_AND_COPY;
import static org.bianmin.catalogue.ServiceLevel.COUNTY;
import static org.bianmin.catalogue.ServiceLevel.TOWNSHIP;
import static org.bianmin.catalogue.ServiceLevel.VILLAGE_PROXY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bianmin.catalogue.BasicCode;
import org.bianmin.catalogue.BodyNature;
import org.bianmin.catalogue.ApplicationForm;
import org.bianmin.catalogue.BundleDetails;
import org.bianmin.catalogue.BundleList;
import org.bianmin.catalogue.Situation;
import org.bianmin.catalogue.SituationOption;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.ExerciseLevel;
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
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.Fee;
import org.bianmin.catalogue.ItemType;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialDetails;
import org.bianmin.catalogue.MaterialSource;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.PlaceKind;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.bianmin.catalogue.internal.transfer.CatalogueJson;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.UnifiedSocialCreditCode;

/**
 * An ILLUSTRATIVE catalogue for Luding County (泸定县) so that a new installation shows something real:
 * the county, its townships (with the pilot towns 兴隆镇 and 冷碛镇 and three merged-township
 * stations), the pilot villages 和平村 and 杵坭村, about forty common items (城乡低保, 临时救助,
 * 农村建房, 残疾人两项补贴, 医保参保登记, 土地流转 …), the first devolution batch
 * (泸府办发〔2021〕17号) and a few "一件事一次办" bundles. Codes of places below the county, item codes,
 * time limits and grant dates are examples, NOT the official catalogue; legal bases name the real
 * laws and regulations. A few items carry the national elements (GB/T 39554): basic codes,
 * implementation codes with ILLUSTRATIVE unified social credit codes of county departments
 * ({@code 11513322LD00000nn…}, valid check characters but nobody's code), power exercise and handling
 * terms; 出生医学证明 is shared by the platform (免提交) and one 农村建房 material may follow later
 * (容缺); 新生儿出生“一件事” has its merged application form (一张表); the first batch entrusts (委托) the farm-machinery subsidy and devolves the rest. Import it with {@code CatalogueTransfer.importJson(DemoCatalogue.json(), note)}.
 *
 * <p>Test code, never in the bundle: the demo server imports its catalogue from the data file
 * {@code profiles/demo-catalogue.json} of its demo profile (liberty-it), written from this class,
 * through the catalogue component's {@code initial.catalogue}.
 */
public final class DemoCatalogue {
    /** The marker every demo item's department carries. */
    public static final String ILLUSTRATIVE = "（示例数据，仅供演示）";

    public static final DivisionCode COUNTY_CODE = DivisionCode.LUDING;
    public static final DivisionCode LUQIAO = DivisionCode.of("513322100");
    public static final DivisionCode LENGQI = DivisionCode.of("513322101");
    public static final DivisionCode XINGLONG = DivisionCode.of("513322102");
    public static final DivisionCode MOXI = DivisionCode.of("513322103");
    public static final DivisionCode YANZIGOU = DivisionCode.of("513322104");
    public static final DivisionCode DETUO = DivisionCode.of("513322105");
    public static final DivisionCode PENGBA = DivisionCode.of("513322106");
    public static final DivisionCode LANAN = DivisionCode.of("513322200");
    public static final DivisionCode JIAJUN = DivisionCode.of("513322201");
    /** A merged township's station (便民服务站), under 冷碛镇. */
    public static final DivisionCode STATION_TIANBA = DivisionCode.of("513322210");
    public static final DivisionCode STATION_DEWEI = DivisionCode.of("513322211");
    public static final DivisionCode STATION_XINXING = DivisionCode.of("513322212");
    /** 兴隆镇和平村, provincial pilot village. */
    public static final DivisionCode HEPING = DivisionCode.of("513322102201");
    /** 冷碛镇杵坭村, provincial pilot village. */
    public static final DivisionCode CHUNI = DivisionCode.of("513322101203");
    /** A village served through the 田坝 station. */
    public static final DivisionCode TIANBA_VILLAGE = DivisionCode.of("513322210201");

    /** The first batch's effective date in this example. */
    public static final LocalDate FIRST_BATCH_EFFECTIVE = LocalDate.of(2021, 10, 1);

    /** 泸定县民政局 and 泸定县公安局: illustrative codes, not theirs. */
    private static final UnifiedSocialCreditCode MINZHENG = illustrativeBody(1);
    private static final UnifiedSocialCreditCode GONGAN = illustrativeBody(2);

    private static final String CONSULT = "泸定县政务服务中心 0836-3121234（示例号码）";
    private static final String COMPLAIN = "12345政务服务便民热线";

    private DemoCatalogue() {
    }

    /** The demo catalogue as a JSON document in the import format. */
    public static String json() {
        return CatalogueJson.write(snapshot());
    }

    public static CatalogueSnapshot snapshot() {
        return new CatalogueSnapshot(FIRST_BATCH_EFFECTIVE, places(), batches(), items(), grants(), bundles());
    }

    static List<Place> places() {
        List<Place> places = new ArrayList<>();
        places.add(Place.county(COUNTY_CODE, "泸定县"));
        town(places, LUQIAO, "泸定县泸桥镇");
        town(places, LENGQI, "泸定县冷碛镇");
        town(places, XINGLONG, "泸定县兴隆镇");
        town(places, MOXI, "泸定县磨西镇");
        town(places, YANZIGOU, "泸定县燕子沟镇");
        town(places, DETUO, "泸定县得妥镇");
        town(places, PENGBA, "泸定县烹坝镇");
        town(places, LANAN, "泸定县岚安乡");
        town(places, JIAJUN, "泸定县加郡乡");
        places.add(new Place(STATION_TIANBA, "泸定县冷碛镇田坝", PlaceKind.STATION, LENGQI));
        places.add(new Place(STATION_DEWEI, "泸定县兴隆镇德威", PlaceKind.STATION, XINGLONG));
        places.add(new Place(STATION_XINXING, "泸定县泸桥镇新兴", PlaceKind.STATION, LUQIAO));
        places.add(new Place(HEPING, "泸定县兴隆镇和平村", PlaceKind.VILLAGE, XINGLONG));
        places.add(new Place(CHUNI, "泸定县冷碛镇杵坭村", PlaceKind.VILLAGE, LENGQI));
        places.add(new Place(TIANBA_VILLAGE, "泸定县冷碛镇田坝村", PlaceKind.VILLAGE, STATION_TIANBA));
        places.add(new Place(DivisionCode.of("513322102202"), "泸定县兴隆镇沙湾村", PlaceKind.VILLAGE, XINGLONG));
        places.add(new Place(DivisionCode.of("513322103201"), "泸定县磨西镇磨西村", PlaceKind.VILLAGE, MOXI));
        return places;
    }

    private static void town(List<Place> places, DivisionCode code, String name) {
        places.add(new Place(code, name, PlaceKind.TOWNSHIP, COUNTY_CODE));
    }

    static List<DevolutionBatch> batches() {
        return List.of(new DevolutionBatch(1, "泸定县首批赋予乡镇（街道）县级行政权力事项目录", "泸府办发〔2021〕17号",
                LocalDate.of(2021, 9, 1)));
    }

    private static final Material ID_CARD = Material.required("居民身份证", ORIGINAL_AND_COPY, 1);
    private static final Material HOUSEHOLD = Material.required("居民户口簿", ORIGINAL_AND_COPY, 1);
    private static final Material PHOTO = Material.required("近期免冠一寸照片", ORIGINAL, 2);
    private static final Material BANK = Material.required("本人银行账户（社保卡）", COPY, 1);
    private static final Material AGENT = Material.conditional("代办人身份证及委托书", ORIGINAL_AND_COPY, 1, "委托他人代办时");
    private static final Material INCOME = Material.required("家庭收入及财产状况声明", ORIGINAL, 1)
            .withSampleForm("家庭经济状况核对授权书（样表）");
    private static final Material DISABILITY = Material.required("中华人民共和国残疾人证", ORIGINAL_AND_COPY, 1);
    private static final Material LAND_CONTRACT = Material.required("农村土地承包经营权证", ORIGINAL_AND_COPY, 1);

    static List<ServiceItem> items() {
        List<ServiceItem> items = new ArrayList<>();
        String socialAssistance = "《社会救助暂行办法》（国务院令第649号）；《四川省最低生活保障工作规程》";
        items.add(item("LD-MZ-001", "城乡居民最低生活保障对象认定", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县民政局",
                socialAssistance, 30, 20, true, ID_CARD, HOUSEHOLD, INCOME, BANK, AGENT)
                .conditions("家庭人均收入低于当地最低生活保障标准，且符合财产状况规定")
                .elements(county("JF00001000", MINZHENG, "泸定县民政局", new HandlingTerms(ItemKind.PROMISED,
                        TimeLimit.workingDays(30), new TimeLimit(20, LimitUnit.WORKING_DAYS, "不含入户调查和公示期"), 0,
                        null, OnlineDepth.ONLINE_ACCEPTANCE, ServiceScope.COUNTY, false, false, false))).build());
        items.add(item("LD-MZ-002", "临时救助对象认定", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县民政局",
                socialAssistance, 15, 10, true, ID_CARD, HOUSEHOLD, INCOME,
                Material.required("遭遇突发事件、意外事故或重大疾病的证明材料", COPY, 1), AGENT).build());
        items.add(item("LD-MZ-003", "特困人员救助供养认定", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县民政局",
                "《社会救助暂行办法》；《特困人员认定办法》（民发〔2021〕43号）", 30, 20, false, ID_CARD, HOUSEHOLD, INCOME)
                .build());
        items.add(item("LD-MZ-004", "困难残疾人生活补贴和重度残疾人护理补贴给付", PAYMENT, levels(TOWNSHIP, VILLAGE_PROXY),
                "县残联、县民政局", "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）",
                20, 15, true, ID_CARD, HOUSEHOLD, DISABILITY, BANK, AGENT)
                .elements(new ItemElements(ItemCodes.basic(BasicCode.parse("JF00004000")),
                        new PowerExercise(ExerciseLevel.TOWNSHIP, PowerSource.STATUTORY, null, "乡镇人民政府", null,
                                BodyNature.STATUTORY_ORGAN, null, List.of("泸定县残疾人联合会")),
                        new HandlingTerms(ItemKind.PROMISED, TimeLimit.workingDays(20), TimeLimit.workingDays(15), 0,
                                null, OnlineDepth.ONLINE_ACCEPTANCE, ServiceScope.COUNTY, false, false, false)))
                .build());
        items.add(item("LD-MZ-005", "高龄津贴发放", PAYMENT, levels(TOWNSHIP, VILLAGE_PROXY), "县民政局",
                "《中华人民共和国老年人权益保障法》；《四川省老年人权益保障条例》", 20, 10, true, ID_CARD, HOUSEHOLD, BANK).build());
        items.add(item("LD-MZ-006", "内地居民婚姻登记", CONFIRMATION, levels(COUNTY), "县民政局",
                "《婚姻登记条例》", 0, 0, false, ID_CARD, HOUSEHOLD, PHOTO,
                Material.required("本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明", ORIGINAL, 1)).build());
        items.add(item("LD-MZ-007", "殡葬补助（惠民殡葬）给付", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县民政局",
                "《殡葬管理条例》；《四川省惠民殡葬政策》", 15, 10, false, HOUSEHOLD,
                Material.required("死亡医学证明或火化证明", COPY, 1), BANK).build());
        items.add(item("LD-YB-001", "城乡居民基本医疗保险参保登记", PUBLIC_SERVICE, levels(TOWNSHIP, VILLAGE_PROXY),
                "县医疗保障局", "《中华人民共和国社会保险法》；《四川省城乡居民基本医疗保险办法》", 5, 1, true, ID_CARD, HOUSEHOLD)
                .build());
        items.add(item("LD-YB-002", "医疗救助（门诊、住院）给付", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县医疗保障局",
                "《社会救助暂行办法》；《四川省医疗救助办法》", 20, 10, true, ID_CARD,
                Material.required("住院病历、费用结算单", COPY, 1), BANK).build());
        items.add(item("LD-YB-003", "异地就医备案", PUBLIC_SERVICE, levels(COUNTY, VILLAGE_PROXY), "县医疗保障局",
                "《国家医疗保障局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》", 5, 1, true, ID_CARD)
                .build());
        items.add(item("LD-SB-001", "城乡居民基本养老保险参保登记", PUBLIC_SERVICE, levels(TOWNSHIP, VILLAGE_PROXY),
                "县人力资源和社会保障局", "《中华人民共和国社会保险法》；《国务院关于建立统一的城乡居民基本养老保险制度的意见》",
                5, 1, true, ID_CARD, HOUSEHOLD).build());
        items.add(item("LD-SB-002", "城乡居民养老保险待遇申领", PAYMENT, levels(TOWNSHIP, VILLAGE_PROXY),
                "县人力资源和社会保障局", "《中华人民共和国社会保险法》", 20, 10, true, ID_CARD, HOUSEHOLD, BANK).build());
        items.add(item("LD-SB-003", "社会保障卡申领", PUBLIC_SERVICE, levels(TOWNSHIP, VILLAGE_PROXY),
                "县人力资源和社会保障局", "《社会保障卡管理办法》", 20, 10, true, ID_CARD, PHOTO).build());
        items.add(item("LD-SB-004", "就业困难人员认定", CONFIRMATION, levels(COUNTY), "县人力资源和社会保障局",
                "《中华人民共和国就业促进法》", 15, 10, false, ID_CARD,
                Material.required("就业创业证", ORIGINAL, 1)).build());
        items.add(item("LD-ZR-001", "农村村民住宅用地审批（农村建房）", LICENSING, levels(COUNTY, VILLAGE_PROXY),
                "县自然资源局", "《中华人民共和国土地管理法》第六十二条；《四川省农村宅基地审批管理办法》", 20, 15, true,
                ID_CARD, HOUSEHOLD, Material.required("农村宅基地和建房（规划许可）申请表", ORIGINAL, 1)
                        .withSampleForm("农村宅基地和建房（规划许可）申请表（样表）"),
                Material.required("农村宅基地使用承诺书", ORIGINAL, 1).withDetails(new MaterialDetails(
                        MaterialSource.APPLICANT, true, false, "A4", "农村宅基地使用承诺书（空白表）", null)),
                Material.conditional("房屋设计图或通用设计图", COPY, 1, "建房涉及结构设计时"))
                .conditions("一户一宅；符合国土空间规划和村庄规划").build());
        items.add(item("LD-ZR-002", "乡村建设规划许可证核发", LICENSING, levels(COUNTY, VILLAGE_PROXY), "县住房和城乡建设局",
                "《中华人民共和国城乡规划法》第四十一条", 20, 10, true, ID_CARD,
                Material.required("农村宅基地和建房（规划许可）申请表", ORIGINAL, 1),
                Material.required("宅基地批准文件", COPY, 1)).build());
        items.add(item("LD-NY-001", "农村土地承包经营权流转备案", OTHER_POWER, levels(TOWNSHIP, VILLAGE_PROXY),
                "县农业农村局", "《中华人民共和国农村土地承包法》；《农村土地经营权流转管理办法》", 10, 5, true,
                ID_CARD, LAND_CONTRACT, Material.required("土地经营权流转合同", ORIGINAL, 2)
                        .withSampleForm("农村土地经营权流转合同（示范文本）")).build());
        items.add(item("LD-NY-002", "农村土地承包经营纠纷调解", OTHER_POWER, levels(TOWNSHIP), "乡镇人民政府",
                "《中华人民共和国农村土地承包经营纠纷调解仲裁法》", 30, 20, false, ID_CARD,
                Material.required("调解申请书", ORIGINAL, 1)).build());
        items.add(item("LD-NY-003", "耕地地力保护补贴发放", PAYMENT, levels(TOWNSHIP, VILLAGE_PROXY), "县农业农村局",
                "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》", 20, 15, true, ID_CARD, LAND_CONTRACT, BANK).build());
        items.add(item("LD-NY-004", "动物防疫条件合格证核发", LICENSING, levels(COUNTY), "县农业农村局",
                "《中华人民共和国动物防疫法》第二十五条", 20, 15, false, ID_CARD,
                Material.required("场所地理位置图、各功能区布局平面图", ORIGINAL, 1)).build());
        items.add(item("LD-NY-005", "农机购置补贴申领", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县农业农村局",
                "《农业机械化促进法》；《农机购置与应用补贴实施指导意见》", 20, 15, true, ID_CARD, BANK,
                Material.required("购机发票", COPY, 1)).build());
        items.add(item("LD-LY-001", "林木采伐许可证核发", LICENSING, levels(COUNTY), "县林业和草原局",
                "《中华人民共和国森林法》第五十六条", 20, 10, true, ID_CARD,
                Material.required("林权证或林地使用证明", COPY, 1), Material.required("采伐作业设计", ORIGINAL, 1)).build());
        items.add(item("LD-LY-002", "林权类不动产登记材料初审", OTHER_POWER, levels(COUNTY), "县林业和草原局",
                "《不动产登记暂行条例》", 20, 15, false, ID_CARD, Material.required("林权证", ORIGINAL_AND_COPY, 1)).build());
        items.add(item("LD-WJ-001", "生育登记服务", PUBLIC_SERVICE, levels(TOWNSHIP, VILLAGE_PROXY), "县卫生健康局",
                "《中华人民共和国人口与计划生育法》；《四川省人口与计划生育条例》", 1, 0, true, ID_CARD,
                Material.required("结婚证", ORIGINAL, 1)).build());
        items.add(item("LD-WJ-002", "农村部分计划生育家庭奖励扶助对象确认", REWARD, levels(COUNTY, VILLAGE_PROXY),
                "县卫生健康局", "《农村部分计划生育家庭奖励扶助制度试点方案》", 30, 20, false, ID_CARD, HOUSEHOLD, BANK).build());
        items.add(item("LD-WJ-003", "出生医学证明首次签发", CONFIRMATION, levels(COUNTY), "县卫生健康局",
                "《中华人民共和国母婴保健法》第二十三条", 5, 1, true, ID_CARD,
                Material.required("分娩记录", COPY, 1)).build());
        items.add(item("LD-GA-001", "出生登记（户口登记）", CONFIRMATION, levels(COUNTY, VILLAGE_PROXY), "县公安局",
                "《中华人民共和国户口登记条例》第七条", 5, 1, true, HOUSEHOLD,
                Material.required("出生医学证明", ORIGINAL, 1).withDetails(new MaterialDetails(
                        MaterialSource.SHARED_BY_PLATFORM, false, true, null, null, "《四川省政务数据资源管理办法》（示例）")),
                Material.required("父母居民身份证", ORIGINAL_AND_COPY, 1))
                .elements(county("QR00027000", GONGAN, "泸定县公安局", new HandlingTerms(ItemKind.PROMISED,
                        TimeLimit.workingDays(5), TimeLimit.workingDays(1), 0, null, OnlineDepth.FULLY_ONLINE,
                        ServiceScope.PROVINCE, true, false, false))).build());
        items.add(item("LD-GA-002", "居民身份证申领", CONFIRMATION, levels(COUNTY, VILLAGE_PROXY), "县公安局",
                "《中华人民共和国居民身份证法》", 60, 20, true, HOUSEHOLD)
                .fee(Fee.of("20", "《财政部 国家发展改革委关于居民身份证收费标准及有关问题的通知》"))
                .elements(county("QR00028000", GONGAN, "泸定县公安局", new HandlingTerms(ItemKind.PROMISED,
                        TimeLimit.workingDays(60), TimeLimit.workingDays(20), 1, "采集人像和指纹信息须本人到场",
                        OnlineDepth.ONLINE_ACCEPTANCE, ServiceScope.CROSS_PROVINCE, true, true, true),
                        "首次申领", "换领", "补领")
                        .withResult(new ItemResult("中华人民共和国居民身份证", ResultType.LICENCE, "居民身份证式样（示例）",
                                "窗口领取、邮政寄递"))).build());
        items.add(item("LD-TY-001", "退役军人优待证申领", PUBLIC_SERVICE, levels(TOWNSHIP, VILLAGE_PROXY), "县退役军人事务局",
                "《中华人民共和国退役军人保障法》", 10, 5, false, ID_CARD, PHOTO,
                Material.required("退役证件", COPY, 1)).build());
        items.add(item("LD-TY-002", "优抚对象抚恤补助金发放", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县退役军人事务局",
                "《军人抚恤优待条例》", 20, 15, false, ID_CARD, BANK).build());
        items.add(item("LD-CL-001", "残疾人证新办", CONFIRMATION, levels(COUNTY, VILLAGE_PROXY), "县残联",
                "《中华人民共和国残疾人保障法》；《中华人民共和国残疾人证管理办法》", 20, 15, true, ID_CARD, HOUSEHOLD, PHOTO)
                .build());
        items.add(item("LD-JY-001", "家庭经济困难学生资助申请", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县教育和体育局",
                "《学生资助资金管理办法》", 20, 10, true, ID_CARD, HOUSEHOLD,
                Material.required("家庭经济困难学生认定申请表", ORIGINAL, 1)).build());
        items.add(item("LD-ZJ-001", "农村危房改造补助申请", PAYMENT, levels(COUNTY, VILLAGE_PROXY), "县住房和城乡建设局",
                "《农村危房改造补助资金管理办法》", 30, 20, true, ID_CARD, HOUSEHOLD,
                Material.required("房屋危险性鉴定意见", COPY, 1)).build());
        items.add(item("LD-SW-001", "取水许可", LICENSING, levels(COUNTY), "县水利局",
                "《中华人民共和国水法》第四十八条；《取水许可和水资源费征收管理条例》", 45, 20, false,
                Material.required("取水许可申请书", ORIGINAL, 1)).build());
        items.add(item("LD-SC-001", "个体工商户登记", LICENSING, levels(COUNTY, VILLAGE_PROXY), "县市场监督管理局",
                "《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》", 3, 1, true, ID_CARD,
                Material.required("经营场所使用证明", COPY, 1)).build());
        items.add(item("LD-SC-002", "食品小经营店备案", OTHER_POWER, levels(COUNTY), "县市场监督管理局",
                "《四川省食品小作坊、小经营店及摊贩管理条例》", 10, 5, false, ID_CARD,
                Material.required("从业人员健康证明", COPY, 1)).build());
        items.add(item("LD-WL-001", "乡村民宿开办备案", OTHER_POWER, levels(COUNTY), "县文化广播电视和旅游局",
                "《旅游民宿基本要求与等级划分》（GB/T 41648-2022）；甘孜州民宿管理规定", 10, 5, false, ID_CARD,
                Material.required("房屋权属证明", COPY, 1)).build());
        items.add(item("LD-XZ-001", "村民委员会出具的居住证明", PUBLIC_SERVICE, levels(TOWNSHIP, VILLAGE_PROXY),
                "乡镇人民政府", "《中华人民共和国村民委员会组织法》", 1, 0, true, ID_CARD).build());
        items.add(item("LD-XZ-002", "乡镇便民服务中心代缴城乡居民医保、养老保险费", PUBLIC_SERVICE, levels(TOWNSHIP, VILLAGE_PROXY),
                "乡镇人民政府", "《中华人民共和国社会保险法》", 0, 0, true, ID_CARD).build());
        return items;
    }

    private static Set<ServiceLevel> levels(ServiceLevel first, ServiceLevel... more) {
        return EnumSet.of(first, more);
    }

    /**
     * The elements of a county item exercised by statute: basic code, the implementation code of
     * {@code body} in the county (suffix 00) with one handling item per variant named (sequence 001 …).
     */
    private static ItemElements county(String basic, UnifiedSocialCreditCode body, String bodyName,
            HandlingTerms handling, String... variants) {
        BasicCode code = BasicCode.parse(basic);
        ImplementationCode implementation = ImplementationCode.of(code, COUNTY_CODE, body);
        List<HandlingItem> items = new ArrayList<>();
        for (int i = 0; i < variants.length; i++) {
            items.add(new HandlingItem(new HandlingItemCode(implementation, String.format("%03d", i + 1)), variants[i]));
        }
        return new ItemElements(new ItemCodes(code, implementation, items), new PowerExercise(ExerciseLevel.COUNTY,
                PowerSource.STATUTORY, null, bodyName, body, BodyNature.STATUTORY_ORGAN, null, List.of()), handling);
    }

    /** An ILLUSTRATIVE unified social credit code of a Luding county department (机关, 11 + 513322 + LD00000nn). */
    private static UnifiedSocialCreditCode illustrativeBody(int n) {
        String first17 = "11513322LD" + String.format("%07d", n);
        return UnifiedSocialCreditCode.of(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    }

    private static ServiceItem.Builder item(String code, String name, ItemType type, Set<ServiceLevel> levels,
            String department, String basis, int statutory, int promised, boolean highFrequency, Material... materials) {
        return ServiceItem.builder(code, name, type)
                .levels(levels)
                .department(department + ILLUSTRATIVE)
                .legalBasis(basis)
                .materials(List.of(materials))
                .days(statutory, promised)
                .highFrequency(highFrequency)
                .oneTimeNotice("材料不全的，窗口一次性告知需补正的全部内容")
                .consultation(CONSULT)
                .complaint(COMPLAIN);
    }

    /** The first batch: county items granted to the townships, effective 2021-10-01 in this example. */
    static List<DevolutionGrant> grants() {
        Set<DivisionCode> all = Set.of(LUQIAO, LENGQI, XINGLONG, MOXI, YANZIGOU, DETUO, PENGBA, LANAN, JIAJUN);
        Set<DivisionCode> pilots = Set.of(XINGLONG, LENGQI);
        String doc = "泸府办发〔2021〕17号";
        List<DevolutionGrant> grants = new ArrayList<>();
        grants.add(grant("G-2021-001", "LD-MZ-001", all, doc));
        grants.add(grant("G-2021-002", "LD-MZ-002", all, doc));
        grants.add(grant("G-2021-003", "LD-ZR-001", pilots, doc));
        grants.add(grant("G-2021-004", "LD-ZR-002", pilots, doc));
        grants.add(grant("G-2021-005", "LD-YB-002", all, doc));
        grants.add(grant("G-2021-006", "LD-GA-001", pilots, doc));
        grants.add(new DevolutionGrant("G-2021-007", "LD-NY-005", 1, all, doc, FIRST_BATCH_EFFECTIVE, null, null,
                PowerSource.ENTRUSTED));
        grants.add(grant("G-2021-008", "LD-SC-001", pilots, doc));
        return grants;
    }

    private static DevolutionGrant grant(String id, String item, Set<DivisionCode> townships, String doc) {
        return new DevolutionGrant(id, item, 1, townships, doc, FIRST_BATCH_EFFECTIVE, null, null);
    }

    static List<ServiceBundle> bundles() {
        return List.of(
                new ServiceBundle("YJS-CS", "新生儿出生“一件事”", List.of("LD-WJ-003", "LD-GA-001", "LD-YB-001", "LD-SB-003"),
                        5, "出生医学证明、户口登记、医保参保、社保卡申领一次办", new BundleDetails(BundleList.ANNUAL,
                                "县卫生健康局", List.of("县公安局", "县医疗保障局", "县人力资源和社会保障局"), List.of(
                                        new Situation("新生儿是否在本县落户", List.of(
                                                new SituationOption("是", List.of("LD-GA-001", "LD-YB-001")),
                                                new SituationOption("否", List.of()))),
                                        new Situation("是否同时申领社会保障卡", List.of(
                                                new SituationOption("是", List.of("LD-SB-003")),
                                                new SituationOption("否", List.of())))),
                                new ApplicationForm("新生儿出生“一件事”联办申请表（示例）", null, List.of("新生儿姓名", "性别",
                                        "出生日期", "出生医学证明编号", "父亲姓名", "父亲身份证号码", "母亲姓名", "母亲身份证号码",
                                        "户籍地址", "联系电话")))),
                new ServiceBundle("YJS-NFJ", "农村建房“一件事”", List.of("LD-ZR-001", "LD-ZR-002"), 20,
                        "宅基地审批与乡村建设规划许可一次办", new BundleDetails(BundleList.COUNTY, "县自然资源局",
                                List.of("县住房和城乡建设局"), List.of())),
                new ServiceBundle("YJS-CJR", "残疾人服务“一件事”", List.of("LD-CL-001", "LD-MZ-004"), null,
                        "残疾人证新办与两项补贴申领一次办"));
    }
}
