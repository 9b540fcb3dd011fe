package org.bianmin.catalogue.internal.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.bianmin.catalogue.CatalogueDiff;
import org.bianmin.catalogue.DiffKind;
import org.bianmin.catalogue.DiffSection;
import org.bianmin.catalogue.EntryDiff;
import org.bianmin.catalogue.FieldChange;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;

/**
 * The difference between two published versions (plan task 8, 动态调整), entry by entry and field by
 * field. Fields are compared in their JSON form: a list of named objects (an item's materials) is
 * compared element by element under {@code materials[<name>]}; other lists as a whole.
 */
public final class SnapshotDiffer {
    private SnapshotDiffer() {
    }

    public static CatalogueDiff diff(int fromNumber, CatalogueSnapshot from, int toNumber, CatalogueSnapshot to) {
        List<EntryDiff> entries = new ArrayList<>();
        section(entries, DiffSection.PLACE, from.places(), to.places(), p -> p.code().value(), p -> p.name(),
                CatalogueJson::place);
        section(entries, DiffSection.BATCH, from.batches(), to.batches(), b -> String.valueOf(b.number()),
                b -> b.title(), CatalogueJson::batch);
        section(entries, DiffSection.ITEM, from.items(), to.items(), i -> i.code(), i -> i.name(),
                CatalogueJson::item);
        section(entries, DiffSection.GRANT, from.grants(), to.grants(), g -> g.id(),
                g -> g.itemCode() + " 第" + g.batch() + "批", CatalogueJson::grant);
        section(entries, DiffSection.BUNDLE, from.bundles(), to.bundles(), b -> b.code(), b -> b.name(),
                CatalogueJson::bundle);
        return new CatalogueDiff(fromNumber, toNumber, entries);
    }

    private static <T> void section(List<EntryDiff> out, DiffSection section, List<T> before, List<T> after,
            Function<T, String> key, Function<T, String> name, Function<T, ObjectNode> json) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        TreeSet<String> keys = new TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (String k : keys) {
            T a = old.get(k);
            T b = now.get(k);
            if (a != null && b != null && a.equals(b)) {
                continue;
            }
            Map<String, String> fa = a == null ? Map.of() : flatten(json.apply(a));
            Map<String, String> fb = b == null ? Map.of() : flatten(json.apply(b));
            List<FieldChange> fields = fields(fa, fb);
            if (a != null && b != null && fields.isEmpty()) {
                continue;
            }
            DiffKind kind = a == null ? DiffKind.ADDED : b == null ? DiffKind.REMOVED : DiffKind.CHANGED;
            out.add(new EntryDiff(section, k, name.apply(b != null ? b : a), kind, fields));
        }
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(value -> map.put(key.apply(value), value));
        return map;
    }

    private static List<FieldChange> fields(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        // keep the JSON field order where possible: before's order, then new fields
        List<String> ordered = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(n -> !before.containsKey(n)).forEach(ordered::add);
        for (String field : ordered) {
            String a = before.get(field);
            String b = after.get(field);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, a, b));
            }
        }
        return changes;
    }

    /** Field name → display value; named-object arrays become one field per element. */
    static Map<String, String> flatten(ObjectNode node) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", node, fields);
        return fields;
    }

    /**
     * An item's national-platform elements become one field each, e.g. {@code handling.counterVisits},
     * {@code handling.promisedLimit.amount}
     * (see {@link ElementsJson#GROUPS}); other nested objects (a fee, a withdrawal) are compared whole.
     */
    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isArray() && value.size() > 0 && value.get(0).isObject() && value.get(0).has("name")) {
                for (JsonNode element : value) {
                    fields.put(name + "[" + element.get("name").asText() + "]", element.toString());
                }
            } else if (value.isObject() && (!prefix.isEmpty() || ElementsJson.GROUPS.contains(name))) {
                flatten(name + ".", value, fields);
            } else if (!value.isNull()) {
                fields.put(name, value.isTextual() ? value.asText() : value.toString());
            }
        }
    }
}
