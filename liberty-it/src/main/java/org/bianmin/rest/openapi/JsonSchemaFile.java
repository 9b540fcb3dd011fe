package org.bianmin.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A JSON Schema (draft 2020-12) file as an OpenAPI 3.1 schema, whose dialect it is: each keyword the
 * file uses is carried over as it stands. A keyword not known here fails the document's building
 * rather than being left out, so the published schema is the whole file or nothing. The file's own
 * identity ({@code $schema}, {@code $id}) is the document's to give and is not repeated.
 */
final class JsonSchemaFile {
    private static final Set<String> IDENTITY = Set.of("$schema", "$id");

    private JsonSchemaFile() {
    }

    /** The schema in the class-path resource {@code resource}. */
    static Schema read(String resource) {
        try (InputStream in = JsonSchemaFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not in the web application");
            }
            return schema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    private static Schema schema(JsonNode node) {
        Schema schema = OASFactory.createSchema();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            keyword(schema, field.getKey(), field.getValue());
        }
        return schema;
    }

    private static void keyword(Schema schema, String keyword, JsonNode value) {
        switch (keyword) {
            case "title" -> schema.title(value.asText());
            case "description" -> schema.description(value.asText());
            case "type" -> texts(value).forEach(type -> schema.addType(SchemaType.valueOf(type.toUpperCase())));
            case "enum" -> schema.enumeration(new ArrayList<>(texts(value)));
            case "required" -> schema.required(texts(value));
            case "examples" -> schema.examples(new ArrayList<>(texts(value)));
            case "pattern" -> schema.pattern(value.asText());
            case "format" -> schema.format(value.asText());
            case "minLength" -> schema.minLength(value.intValue());
            case "maxLength" -> schema.maxLength(value.intValue());
            case "minItems" -> schema.minItems(value.intValue());
            case "maxItems" -> schema.maxItems(value.intValue());
            case "minimum" -> schema.minimum(value.decimalValue());
            case "maximum" -> schema.maximum(value.decimalValue());
            case "items" -> schema.items(schema(value));
            case "additionalProperties" -> {
                if (value.isBoolean()) {
                    schema.additionalPropertiesBoolean(value.booleanValue());
                } else {
                    schema.additionalPropertiesSchema(schema(value));
                }
            }
            case "properties" -> value.fields().forEachRemaining(p -> schema.addProperty(p.getKey(), schema(p.getValue())));
            default -> {
                if (!IDENTITY.contains(keyword)) {
                    throw new IllegalStateException("the JSON Schema keyword '" + keyword
                            + "' is not carried into the OpenAPI document; add it to " + JsonSchemaFile.class.getName());
                }
            }
        }
    }

    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.asText()));
        } else {
            texts.add(value.asText());
        }
        return texts;
    }
}
