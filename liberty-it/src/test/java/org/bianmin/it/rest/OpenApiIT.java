package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.seal.Seal;
import org.bianmin.seal.SealState;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document (mpOpenAPI) describes the API's resources so that a client can be written from
 * it alone: the core-api records in the bodies with their fields, enums with their constants, the
 * standards site description as its JSON Schema; and its UI is served.
 */
class OpenApiIT {
    private static final Path SITE_DESCRIPTION_SCHEMA =
            Path.of("../audit-module/src/main/resources/org/bianmin/standards/internal/site-description.schema.json");

    @Test
    void theDocumentListsTheResources() {
        Api.Answer document = Api.anonymous().get("/openapi", "application/json");
        assertEquals(200, document.status(), document::toString);
        String text = document.text();
        for (String path : new String[] {"/api/seals/{esId}/approve", "/api/verification/ofd",
            "/api/catalogue/who-handles", "/api/proxy/cases", "/api/standards/pilot-sites",
            "/api/audit/proofs/inclusion"}) {
            assertTrue(text.contains("\"" + path + "\""), path + " in " + text.substring(0, Math.min(500, text.length())));
        }
        assertEquals(200, Api.anonymous().get("/openapi/ui/").status());
    }

    /** A client generator must be able to read the document: the Swagger parser finds nothing wrong with it. */
    @Test
    void theDocumentIsValidOpenApi() {
        Api.Answer document = Api.anonymous().get("/openapi", "application/json");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.text(), null, new ParseOptions());
        assertEquals(List.of(), parsed.getMessages(), "the parser's findings");
        assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
        assertTrue(parsed.getOpenAPI().getPaths().size() > 40, "every resource is described");
    }

    /** An enum field of a body is a named schema whose values are the Java enum's constants. */
    @Test
    void enumFieldsListTheirConstants() {
        JsonNode document = document();
        JsonNode answer = resolve(document, body(document, "/api/proxy/cases/{id}/answer", "post"));
        assertConstants(AnswerMethod.class, document, answer.path("properties").path("method"));
        JsonNode newCase = resolve(document, body(document, "/api/proxy/cases", "post"));
        assertConstants(Channel.class, document, newCase.path("properties").path("channel"));
        JsonNode seal = resolve(document, answer(document, "/api/seals/{esId}", "get"));
        assertConstants(SealState.class, document, seal.path("properties").path("state"));
    }

    /** A core-api record in a body has its fields, each with its JSON type (codes and times as text). */
    @Test
    void coreApiRecordsHaveTheirFields() {
        JsonNode document = document();
        JsonNode point = resolve(document, body(document, "/api/proxy/points", "post"));
        assertTrue(fields(point).containsAll(components(ProxyPoint.class)), point::toString);
        assertEquals("string", point.path("properties").path("division").path("type").asText(), point::toString);
        assertConstants(PointKind.class, document, point.path("properties").path("kind"));

        JsonNode seal = resolve(document, answer(document, "/api/seals/{esId}", "get"));
        assertTrue(fields(seal).containsAll(components(Seal.class)), seal::toString);
        JsonNode fields = seal.path("properties");
        assertEquals("integer", fields.path("number").path("type").asText(), seal::toString);
        assertEquals("string", fields.path("validFrom").path("type").asText(), seal::toString);
        assertEquals("date-time", fields.path("validFrom").path("format").asText(), seal::toString);
        assertEquals("string", fields.path("ownerDivision").path("type").asText(), seal::toString);
        assertEquals("string", fields.path("requestedBy").path("type").asText(), seal::toString);

        assertEquals(seal, resolve(document, answer(document, "/api/seals", "post", "201")),
                "a request is answered with the seal, as a built response declares");

        JsonNode points = answer(document, "/api/proxy/points", "get");
        assertEquals("array", points.path("type").asText(), points::toString);
        assertEquals(fields(point), fields(resolve(document, points.path("items"))), "a listing's items are the record");
    }

    /** The standards check takes the site description that the audit module's JSON Schema describes. */
    @Test
    void theSiteDescriptionSchemaIsPublished() throws IOException {
        JsonNode document = document();
        JsonNode site = resolve(document, body(document, "/api/standards/check", "post"));
        JsonNode file = new ObjectMapper().readTree(SITE_DESCRIPTION_SCHEMA.toFile());
        assertEquals(List.of("kind", "name", "divisionCode"), texts(file.path("required")), "the file's required fields");
        assertEquals(texts(file.path("required")), texts(site.path("required")), site::toString);
        assertEquals(fields(file), fields(site), site::toString);
        assertEquals(texts(file.path("properties").path("kind").path("enum")),
                texts(site.path("properties").path("kind").path("enum")));
        assertEquals(file.path("properties").path("divisionCode").path("pattern").asText(),
                site.path("properties").path("divisionCode").path("pattern").asText());
        assertTrue(site.path("additionalProperties").isBoolean() && !site.path("additionalProperties").asBoolean(),
                "unknown fields are refused, as the file says: " + site);
    }

    /**
     * The detached verification names its parts: a client written from the document alone sends the
     * signature and the document, and may add the evidence record.
     */
    @Test
    void theDetachedVerificationDescribesItsParts() {
        JsonNode form = operation(document(), "/api/verification/detached", "post").path("requestBody")
                .path("content").path("multipart/form-data").path("schema");
        assertEquals(Set.of("signature", "document", "evidenceRecord"), fields(form), form::toString);
        for (String part : List.of("signature", "document", "evidenceRecord")) {
            JsonNode property = form.path("properties").path(part);
            assertEquals("string", property.path("type").asText(), part + ": " + form);
            assertEquals("binary", property.path("format").asText(), part + ": " + form);
        }
        assertEquals(Set.of("signature", "document"), new TreeSet<>(texts(form.path("required"))), form::toString);
    }

    private static JsonNode document() {
        Api.Answer document = Api.anonymous().get("/openapi", "application/json");
        assertEquals(200, document.status(), document::toString);
        return document.json();
    }

    private static JsonNode operation(JsonNode document, String path, String method) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertTrue(operation.isObject(), method + " " + path + " is described");
        return operation;
    }

    private static JsonNode body(JsonNode document, String path, String method) {
        return operation(document, path, method).path("requestBody").path("content").path("application/json")
                .path("schema");
    }

    private static JsonNode answer(JsonNode document, String path, String method) {
        return answer(document, path, method, "200");
    }

    private static JsonNode answer(JsonNode document, String path, String method, String status) {
        return operation(document, path, method).path("responses").path(status).path("content")
                .path("application/json").path("schema");
    }

    /** The named schema that {@code schema} refers to. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        assertTrue(ref.startsWith("#/components/schemas/"), "a named schema, not " + schema);
        JsonNode named = document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        assertTrue(named.isObject(), ref + " is in the document");
        return named;
    }

    private static void assertConstants(Class<? extends Enum<?>> type, JsonNode document, JsonNode field) {
        JsonNode named = resolve(document, field);
        assertEquals("string", named.path("type").asText(), named::toString);
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        assertEquals(new TreeSet<>(constants), new TreeSet<>(texts(named.path("enum"))), type.getSimpleName());
    }

    private static Set<String> fields(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<? extends Record> type) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(component -> names.add(component.getName()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
