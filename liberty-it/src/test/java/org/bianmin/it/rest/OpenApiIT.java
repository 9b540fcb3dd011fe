package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document (mpOpenAPI) describes the API's resources, and its UI is served. */
class OpenApiIT {
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
}
