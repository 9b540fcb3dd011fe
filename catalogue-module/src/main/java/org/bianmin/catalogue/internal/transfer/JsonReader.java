package org.bianmin.catalogue.internal.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * Reads fields of a JSON object and fails with {@code IMPORT_INVALID} naming the JSON path of the bad
 * field, e.g. {@code items[3].promisedDays: expected a whole number}.
 */
final class JsonReader {
    private final JsonNode node;
    private final String path;

    JsonReader(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw fail(path, "expected an object");
        }
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    String field(String name) {
        return path + "." + name;
    }

    private <T> T required(T value, String name) {
        if (value == null) {
            throw fail(field(name), "required");
        }
        return value;
    }

    String text(String name) {
        return required(optionalText(name), name);
    }

    String optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw fail(field(name), "expected text");
        }
        return value.asText();
    }

    int integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw fail(field(name), value == null ? "required" : "expected a whole number");
        }
        return value.intValue();
    }

    Integer optionalInteger(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : integer(name);
    }

    boolean bool(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw fail(field(name), "expected true or false");
        }
        return value.booleanValue();
    }

    BigDecimal decimal(String name) {
        String value = text(name);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw fail(field(name), "expected a decimal number, got '" + value + "'");
        }
    }

    LocalDate date(String name) {
        return required(optionalDate(name), name);
    }

    LocalDate optionalDate(String name) {
        String value = optionalText(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw fail(field(name), "expected a date yyyy-MM-dd, got '" + value + "'");
        }
    }

    /** The elements of an array field; an absent field is empty. */
    List<JsonNode> array(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw fail(field(name), "expected an array");
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    List<String> texts(String name) {
        List<String> values = new ArrayList<>();
        List<JsonNode> elements = array(name);
        for (int i = 0; i < elements.size(); i++) {
            if (!elements.get(i).isTextual()) {
                throw fail(field(name) + "[" + i + "]", "expected text");
            }
            values.add(elements.get(i).asText());
        }
        return values;
    }

    /** The field's node as it is, or null when absent. */
    JsonNode raw(String name) {
        return node.get(name);
    }

    JsonReader object(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : new JsonReader(value, field(name));
    }

    static BianminException fail(String where, String problem) {
        return new BianminException(ErrorCode.IMPORT_INVALID, where + ": " + problem);
    }
}
