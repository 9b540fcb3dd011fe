package org.bianmin.catalogue.internal.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.bianmin.catalogue.ApplicationForm;
import org.bianmin.catalogue.BasicCode;
import org.bianmin.catalogue.BodyNature;
import org.bianmin.catalogue.BundleDetails;
import org.bianmin.catalogue.BundleList;
import org.bianmin.catalogue.Situation;
import org.bianmin.catalogue.SituationOption;
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
import org.bianmin.catalogue.MaterialDetails;
import org.bianmin.catalogue.MaterialNecessity;
import org.bianmin.catalogue.MaterialSource;
import org.bianmin.catalogue.OnlineDepth;
import org.bianmin.catalogue.PowerExercise;
import org.bianmin.catalogue.PowerSource;
import org.bianmin.catalogue.ServiceScope;
import org.bianmin.catalogue.TimeLimit;
import org.bianmin.core.BianminException;
import org.bianmin.core.UnifiedSocialCreditCode;

/**
 * The national-platform elements of an item in the catalogue's JSON (GB/T 39554.1-2020 codes,
 * GB/T 39554.2-2020 elements; the element-to-field table is in the module README): three objects
 * {@code nationalCodes}, {@code exercise} and {@code handling} and the array {@code results}, each
 * written only when the item has it, and a material's {@code details}, so items without elements are written exactly as before. They are bound to records with
 * Jackson, refusing unknown fields; enum values are written as constant names and read as names or
 * Chinese labels.
 */
final class ElementsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The names of the element objects in an item's JSON. */
    static final Set<String> GROUPS = Set.of("nationalCodes", "exercise", "handling");
    private static final TypeReference<List<ResultJson>> RESULTS =
            new TypeReference<>() {
            };

    private ElementsJson() {
    }

    /** 业务办理项: {@code code} 业务办理项编码, {@code name} 业务办理项名称. */
    record HandlingItemJson(String code, String name) {
    }

    /** 基本编码, 实施编码, 业务办理项. */
    record CodesJson(String basicCode, String implementationCode, List<HandlingItemJson> handlingItems) {
    }

    /** 行使层级, 权力来源, 下放/授权/委托机关, 实施主体, 实施主体编码, 实施主体性质, 委托部门, 联办机构. */
    record ExerciseJson(String exerciseLevel, String powerSource, String grantingBody, String implementingBody,
            String implementingBodyCode, String bodyNature, String entrustingDepartment, List<String> jointBodies) {
    }

    /** 时限, 时限单位, 时限说明. */
    record LimitJson(Integer amount, String unit, String explanation) {
    }

    /** 办件类型, 法定/承诺办结时限, 到办事现场次数, 必须现场办理原因, 网上办理深度, 通办范围, 物流快递, 预约办理, 网上支付. */
    record HandlingJson(String itemKind, LimitJson statutoryLimit, LimitJson promisedLimit, Integer counterVisits,
            String visitReason, String onlineDepth, String serviceScope, boolean resultDelivery, boolean appointment,
            boolean onlinePayment) {
    }

    /** 情形: a question and its answers with the member items each brings in. */
    record SituationJson(String question, List<OptionJson> options) {
    }

    /** One answer of a situation. */
    record OptionJson(String answer, List<String> itemCodes) {
    }

    /** 清单类别, 牵头部门, 配合部门, 情形, 一张表 of a bundle; a bundle without a merged form is written as before. */
    record BundleDetailsJson(String list, String leadDepartment, List<String> supportingDepartments,
            List<SituationJson> situations, @JsonInclude(JsonInclude.Include.NON_NULL) FormJson applicationForm) {
    }

    /** The merged application form (一张表): its name, document and fields. */
    record FormJson(String name, String document, List<String> fields) {
    }

    /** Adds the bundle's details to {@code node} when it has any. */
    static void write(ObjectNode node, BundleDetails d) {
        if (!d.equals(BundleDetails.NONE)) {
            node.set("details", MAPPER.valueToTree(new BundleDetailsJson(d.list() == null ? null : d.list().name(),
                    d.leadDepartment(), d.supportingDepartments(), d.situations().stream()
                            .map(s -> new SituationJson(s.question(), s.options().stream()
                                    .map(o -> new OptionJson(o.answer(), o.itemCodes())).toList()))
                            .toList(), form(d.applicationForm()))));
        }
    }

    /** The details of the bundle {@code in}; none when absent. */
    static BundleDetails bundleDetails(JsonReader in) {
        BundleDetailsJson json = bind(in, "details", BundleDetailsJson.class);
        if (json == null) {
            return BundleDetails.NONE;
        }
        List<Situation> situations = json.situations() == null ? List.of() : json.situations().stream()
                .map(s -> new Situation(s.question(), s.options() == null ? List.of() : s.options().stream()
                        .map(o -> new SituationOption(o.answer(), o.itemCodes())).toList()))
                .toList();
        FormJson form = json.applicationForm();
        return new BundleDetails(json.list() == null ? null : BundleList.parse(json.list()), json.leadDepartment(),
                json.supportingDepartments(), situations, form == null ? null
                        : new ApplicationForm(form.name(), form.document(), form.fields() == null ? List.of() : form.fields()));
    }

    private static FormJson form(ApplicationForm form) {
        return form == null ? null : new FormJson(form.name(), form.document(), form.fields());
    }

    /** 结果名称, 结果类型, 结果样本, 送达方式. */
    record ResultJson(String name, String type, String sample, String delivery) {
    }

    /**
     * 来源渠道, 材料必要性, 电子材料, 纸质材料规格, 空白表格, 设定依据 of one material. {@code deferrable}
     * (true for 容缺) is how files written before {@code necessity} said it; it is read, never written.
     */
    record MaterialDetailsJson(String source, String necessity,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean deferrable, boolean electronic, String paperSize,
            String blankForm, String legalBasis) {
    }

    /** Adds the material's details to {@code node} when it has any. */
    static void write(ObjectNode node, MaterialDetails d) {
        if (!d.equals(MaterialDetails.NONE)) {
            node.set("details", MAPPER.valueToTree(new MaterialDetailsJson(d.source().name(), d.necessity().name(),
                    null, d.electronic(), d.paperSize(), d.blankForm(), d.legalBasis())));
        }
    }

    /** The details of the material {@code in}; none when absent. */
    static MaterialDetails materialDetails(JsonReader in) {
        MaterialDetailsJson json = bind(in, "details", MaterialDetailsJson.class);
        if (json == null) {
            return MaterialDetails.NONE;
        }
        MaterialNecessity necessity = json.necessity() == null ? null : MaterialNecessity.parse(json.necessity());
        if (json.deferrable() != null) {
            MaterialNecessity old = json.deferrable() ? MaterialNecessity.DEFERRABLE : MaterialNecessity.REQUIRED;
            if (necessity != null && necessity != old) {
                throw BianminException.invalid("necessity " + necessity.name() + " contradicts deferrable "
                        + json.deferrable() + "; give necessity only");
            }
            necessity = old;
        }
        return new MaterialDetails(json.source() == null ? null : MaterialSource.parse(json.source()), necessity,
                json.electronic(), json.paperSize(), json.blankForm(), json.legalBasis());
    }

    /** Adds the item's elements that it has to {@code node}. */
    static void write(ObjectNode node, ItemElements elements) {
        ItemCodes codes = elements.codes();
        if (codes != null) {
            node.set("nationalCodes", MAPPER.valueToTree(new CodesJson(codes.basic().value(),
                    codes.implementation() == null ? null : codes.implementation().value(),
                    codes.handlingItems().stream()
                            .map(h -> new HandlingItemJson(h.code().value(), h.name())).toList())));
        }
        PowerExercise e = elements.exercise();
        if (e != null) {
            node.set("exercise", MAPPER.valueToTree(new ExerciseJson(e.level().name(), e.source().name(),
                    e.grantingBody(), e.implementingBody(),
                    e.implementingBodyCode() == null ? null : e.implementingBodyCode().value(), e.nature().name(),
                    e.entrustingDepartment(), e.jointBodies())));
        }
        HandlingTerms h = elements.handling();
        if (h != null) {
            node.set("handling", MAPPER.valueToTree(new HandlingJson(h.kind().name(), limit(h.statutory()),
                    limit(h.promised()), h.counterVisits(), h.visitReason(), h.onlineDepth().name(), h.scope().name(),
                    h.resultDelivery(), h.appointment(), h.onlinePayment())));
        }
        if (!elements.results().isEmpty()) {
            node.set("results", MAPPER.valueToTree(elements.results().stream()
                    .map(r -> new ResultJson(r.name(), r.type().name(), r.sample(), r.delivery())).toList()));
        }
    }

    /** The elements of the item {@code in}; fails with {@code IMPORT_INVALID} naming the path of the bad field. */
    static ItemElements read(JsonReader in) {
        CodesJson codes = bind(in, "nationalCodes", CodesJson.class);
        ExerciseJson exercise = bind(in, "exercise", ExerciseJson.class);
        HandlingJson handling = bind(in, "handling", HandlingJson.class);
        List<ResultJson> results = bind(in, "results", RESULTS);
        if (codes == null && exercise == null && handling == null && results == null) {
            return ItemElements.NONE;
        }
        return new ItemElements(codes == null ? null : codes(codes), exercise == null ? null : exercise(exercise),
                handling == null ? null : handling(handling), results == null ? List.of() : results.stream()
                        .map(r -> new ItemResult(r.name(), r.type() == null ? null : ResultType.parse(r.type()),
                                r.sample(), r.delivery())).toList());
    }

    private static ItemCodes codes(CodesJson json) {
        ImplementationCode implementation = json.implementationCode() == null ? null
                : ImplementationCode.parse(json.implementationCode());
        List<HandlingItem> items = json.handlingItems() == null ? List.of() : json.handlingItems().stream()
                .map(h -> new HandlingItem(HandlingItemCode.parse(h.code()), h.name())).toList();
        return new ItemCodes(BasicCode.parse(json.basicCode()), implementation, items);
    }

    private static PowerExercise exercise(ExerciseJson json) {
        return new PowerExercise(ExerciseLevel.parse(json.exerciseLevel()), PowerSource.parse(json.powerSource()),
                json.grantingBody(), json.implementingBody(),
                json.implementingBodyCode() == null ? null : UnifiedSocialCreditCode.of(json.implementingBodyCode()),
                BodyNature.parse(json.bodyNature()), json.entrustingDepartment(), json.jointBodies());
    }

    private static HandlingTerms handling(HandlingJson json) {
        if (json.counterVisits() == null) {
            throw BianminException.invalid("counterVisits (到办事现场次数) is required: 0, 1 or 2");
        }
        return new HandlingTerms(ItemKind.parse(json.itemKind()), limit(json.statutoryLimit(), "statutoryLimit"),
                limit(json.promisedLimit(), "promisedLimit"), json.counterVisits(), json.visitReason(),
                OnlineDepth.parse(json.onlineDepth()),
                json.serviceScope() == null ? null : ServiceScope.parse(json.serviceScope()), json.resultDelivery(),
                json.appointment(), json.onlinePayment());
    }

    private static LimitJson limit(TimeLimit limit) {
        return new LimitJson(limit.amount(), limit.unit().name(), limit.explanation());
    }

    private static TimeLimit limit(LimitJson json, String field) {
        if (json == null || json.amount() == null) {
            throw BianminException.invalid(field + " needs its amount and unit, e.g. "
                    + "{\"amount\": 20, \"unit\": \"WORKING_DAYS\"}");
        }
        return new TimeLimit(json.amount(), json.unit() == null ? null : LimitUnit.parse(json.unit()),
                json.explanation());
    }

    private static <T> T bind(JsonReader in, String name, Class<T> type) {
        return bind(in, name, MAPPER.getTypeFactory().constructType(type));
    }

    private static <T> T bind(JsonReader in, String name, TypeReference<T> type) {
        return bind(in, name, MAPPER.getTypeFactory().constructType(type));
    }

    private static <T> T bind(JsonReader in, String name, JavaType type) {
        JsonNode node = in.raw(name);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            StringBuilder where = new StringBuilder(in.field(name));
            if (e instanceof JsonMappingException mapping) {
                for (JsonMappingException.Reference ref : mapping.getPath()) {
                    where.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
                }
            }
            throw JsonReader.fail(where.toString(), e.getOriginalMessage());
        }
    }
}
