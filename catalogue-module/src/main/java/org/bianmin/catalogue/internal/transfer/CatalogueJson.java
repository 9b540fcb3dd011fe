package org.bianmin.catalogue.internal.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bianmin.catalogue.DevolutionBatch;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.Fee;
import org.bianmin.catalogue.ItemType;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.Place;
import org.bianmin.catalogue.PlaceKind;
import org.bianmin.catalogue.PowerSource;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.Withdrawal;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;

/**
 * The catalogue's JSON format (schema in the module README): one document with places, batches,
 * items, grants and bundles. The same mapping stores items, bundles and published snapshots in the
 * database, and feeds the field-by-field diff. Enum values are written as constant names and read as
 * constant names or Chinese labels. Reading fails with {@code IMPORT_INVALID} naming the JSON path.
 */
public final class CatalogueJson {
    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "bianmin-catalogue";
    /** The format version this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private CatalogueJson() {
    }

    // ---- documents ---------------------------------------------------------------------------

    /** The snapshot as a pretty-printed JSON document. */
    public static String write(CatalogueSnapshot snapshot) {
        return print(MAPPER, document(snapshot));
    }

    /** The snapshot as compact JSON, for storage. */
    public static String writeCompact(CatalogueSnapshot snapshot) {
        return print(COMPACT, document(snapshot));
    }

    private static ObjectNode document(CatalogueSnapshot snapshot) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("asOf", snapshot.asOf().toString());
        ArrayNode places = root.putArray("places");
        snapshot.places().forEach(place -> places.add(place(place)));
        ArrayNode batches = root.putArray("batches");
        snapshot.batches().forEach(batch -> batches.add(batch(batch)));
        ArrayNode items = root.putArray("items");
        snapshot.items().forEach(item -> items.add(item(item)));
        ArrayNode grants = root.putArray("grants");
        snapshot.grants().forEach(grant -> grants.add(grant(grant)));
        ArrayNode bundles = root.putArray("bundles");
        snapshot.bundles().forEach(bundle -> bundles.add(bundle(bundle)));
        return root;
    }

    /**
     * Reads a JSON document; fails with {@code IMPORT_INVALID} naming the path of the first bad record.
     * A document without {@code asOf} is taken as of {@code defaultAsOf}.
     */
    public static CatalogueSnapshot read(String json, LocalDate defaultAsOf) {
        JsonReader root = new JsonReader(parse(json), "$");
        String format = root.text("format");
        if (!FORMAT.equals(format)) {
            throw JsonReader.fail(root.field("format"), "expected '" + FORMAT + "', got '" + format + "'");
        }
        int version = root.integer("formatVersion");
        if (version != FORMAT_VERSION) {
            throw JsonReader.fail(root.field("formatVersion"), "this catalogue reads version " + FORMAT_VERSION
                    + ", got " + version);
        }
        LocalDate asOf = root.optionalDate("asOf");
        return new CatalogueSnapshot(asOf == null ? defaultAsOf : asOf,
                list(root, "places", CatalogueJson::place),
                list(root, "batches", CatalogueJson::batch),
                list(root, "items", CatalogueJson::item),
                list(root, "grants", CatalogueJson::grant),
                list(root, "bundles", CatalogueJson::bundle));
    }

    private static <T> List<T> list(JsonReader root, String name, Function<JsonReader, T> reader) {
        List<JsonNode> nodes = root.array(name);
        List<T> values = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            values.add(reader.apply(new JsonReader(nodes.get(i), root.field(name) + "[" + i + "]")));
        }
        return values;
    }

    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw JsonReader.fail("$", "the document is empty");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BianminException(ErrorCode.IMPORT_INVALID, "malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String print(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    // ---- single records, also used for storage -----------------------------------------------

    /** An item as compact JSON. */
    public static String itemJson(ServiceItem item) {
        return print(COMPACT, item(item));
    }

    /** An item from compact JSON. */
    public static ServiceItem itemFromJson(String json, String where) {
        return item(new JsonReader(parse(json), where));
    }

    /** A bundle as compact JSON. */
    public static String bundleJson(ServiceBundle bundle) {
        return print(COMPACT, bundle(bundle));
    }

    /** A bundle from compact JSON. */
    public static ServiceBundle bundleFromJson(String json, String where) {
        return bundle(new JsonReader(parse(json), where));
    }

    static ObjectNode place(Place place) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", place.code().value());
        node.put("name", place.name());
        node.put("kind", place.kind().name());
        node.put("parent", place.parent() == null ? null : place.parent().value());
        return node;
    }

    static Place place(JsonReader in) {
        return construct(in, () -> new Place(new DivisionCode(in.text("code")), in.text("name"),
                PlaceKind.parse(in.text("kind")), optionalCode(in.optionalText("parent"))));
    }

    static ObjectNode batch(DevolutionBatch batch) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("number", batch.number());
        node.put("title", batch.title());
        node.put("documentNumber", batch.documentNumber());
        node.put("issued", batch.issued().toString());
        return node;
    }

    static DevolutionBatch batch(JsonReader in) {
        return construct(in, () -> new DevolutionBatch(in.integer("number"), in.text("title"),
                in.text("documentNumber"), in.date("issued")));
    }

    /** An item as a JSON object, fields in the documented order. */
    public static ObjectNode item(ServiceItem item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", item.code());
        node.put("name", item.name());
        node.put("tibetanName", item.tibetanName());
        node.put("type", item.type().name());
        ArrayNode levels = node.putArray("levels");
        item.levels().forEach(level -> levels.add(level.name()));
        node.put("department", item.department());
        node.put("legalBasis", item.legalBasis());
        node.put("conditions", item.conditions());
        ArrayNode materials = node.putArray("materials");
        for (Material material : item.materials()) {
            ObjectNode m = materials.addObject();
            m.put("name", material.name());
            m.put("form", material.form().name());
            m.put("copies", material.copies());
            m.put("required", material.required());
            m.put("condition", material.condition());
            m.put("sampleForm", material.sampleForm());
            ElementsJson.write(m, material.details());
        }
        node.put("statutoryDays", item.statutoryDays());
        node.put("promisedDays", item.promisedDays());
        ObjectNode fee = node.putObject("fee");
        fee.put("amount", item.fee().amount().toPlainString());
        fee.put("basis", item.fee().basis());
        node.put("highFrequency", item.highFrequency());
        node.put("oneTimeNotice", item.oneTimeNotice());
        node.put("consultation", item.consultation());
        node.put("complaint", item.complaint());
        ElementsJson.write(node, item.elements());
        return node;
    }

    static ServiceItem item(JsonReader in) {
        return construct(in, () -> {
            Set<ServiceLevel> levels = EnumSet.noneOf(ServiceLevel.class);
            for (String level : in.texts("levels")) {
                levels.add(ServiceLevel.parse(level));
            }
            List<Material> materials = new ArrayList<>();
            List<JsonNode> nodes = in.array("materials");
            for (int i = 0; i < nodes.size(); i++) {
                JsonReader m = new JsonReader(nodes.get(i), in.field("materials") + "[" + i + "]");
                materials.add(construct(m, () -> new Material(m.text("name"), MaterialForm.parse(m.text("form")),
                        m.integer("copies"), m.bool("required"), m.optionalText("condition"),
                        m.optionalText("sampleForm"), ElementsJson.materialDetails(m))));
            }
            JsonReader fee = in.object("fee");
            Fee itemFee = fee == null ? Fee.FREE : construct(fee, () -> new Fee(fee.decimal("amount"),
                    fee.optionalText("basis")));
            return new ServiceItem(in.text("code"), in.text("name"), in.optionalText("tibetanName"),
                    ItemType.parse(in.text("type")), levels, in.optionalText("department"), in.text("legalBasis"),
                    in.optionalText("conditions"), materials, in.integer("statutoryDays"), in.integer("promisedDays"),
                    itemFee, in.bool("highFrequency"), in.optionalText("oneTimeNotice"),
                    in.optionalText("consultation"), in.optionalText("complaint"), ElementsJson.read(in));
        });
    }

    static ObjectNode grant(DevolutionGrant grant) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", grant.id());
        node.put("itemCode", grant.itemCode());
        node.put("batch", grant.batch());
        ArrayNode townships = node.putArray("townships");
        grant.townships().forEach(code -> townships.add(code.value()));
        node.put("documentNumber", grant.documentNumber());
        node.put("effectiveFrom", grant.effectiveFrom().toString());
        node.put("effectiveUntil", grant.effectiveUntil() == null ? null : grant.effectiveUntil().toString());
        if (grant.withdrawal() == null) {
            node.putNull("withdrawal");
        } else {
            ObjectNode withdrawal = node.putObject("withdrawal");
            withdrawal.put("from", grant.withdrawal().from().toString());
            withdrawal.put("reason", grant.withdrawal().reason());
            withdrawal.put("legalBasis", grant.withdrawal().legalBasis());
        }
        node.put("powerSource", grant.source().name());
        return node;
    }

    static DevolutionGrant grant(JsonReader in) {
        return construct(in, () -> {
            Set<DivisionCode> townships = new LinkedHashSet<>();
            for (String code : in.texts("townships")) {
                townships.add(new DivisionCode(code));
            }
            JsonReader w = in.object("withdrawal");
            String source = in.optionalText("powerSource");
            Withdrawal withdrawal = w == null ? null
                    : construct(w, () -> new Withdrawal(w.date("from"), w.text("reason"), w.text("legalBasis")));
            return new DevolutionGrant(in.text("id"), in.text("itemCode"), in.integer("batch"), townships,
                    in.text("documentNumber"), in.date("effectiveFrom"), in.optionalDate("effectiveUntil"), withdrawal,
                    source == null ? null : PowerSource.parse(source));
        });
    }

    static ObjectNode bundle(ServiceBundle bundle) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", bundle.code());
        node.put("name", bundle.name());
        ArrayNode items = node.putArray("itemCodes");
        bundle.itemCodes().forEach(items::add);
        node.put("promisedDays", bundle.promisedDays());
        node.put("description", bundle.description());
        ElementsJson.write(node, bundle.details());
        return node;
    }

    static ServiceBundle bundle(JsonReader in) {
        return construct(in, () -> new ServiceBundle(in.text("code"), in.text("name"), in.texts("itemCodes"),
                in.optionalInteger("promisedDays"), in.optionalText("description"), ElementsJson.bundleDetails(in)));
    }

    private static DivisionCode optionalCode(String code) {
        return code == null ? null : new DivisionCode(code);
    }

    /**
     * Runs a record constructor; a validation failure ({@code INVALID_ARGUMENT}) becomes
     * {@code IMPORT_INVALID}, and every failure names the record's path.
     */
    private static <T> T construct(JsonReader in, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (BianminException e) {
            if (e.getMessage().startsWith(in.path())) {
                throw e;
            }
            ErrorCode code = e.code() == ErrorCode.INVALID_ARGUMENT ? ErrorCode.IMPORT_INVALID : e.code();
            throw new BianminException(code, in.path() + ": " + e.getMessage(), e);
        }
    }
}
