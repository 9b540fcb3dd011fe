package org.bianmin.catalogue.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The demo catalogue's data file, which the demo server imports, is the catalogue this module's tests
 * build in code: what the demo shows is what the tests check.
 */
class DemoCatalogueFileTest {
    @Test
    void theDataFileHoldsTheDemoCatalogue() throws IOException {
        String file;
        try (InputStream in = DemoCatalogueFileTest.class.getResourceAsStream("demo-catalogue.json")) {
            assertNotNull(in, "demo-catalogue.json is missing beside DemoCatalogue");
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(DemoCatalogue.json().strip(), file.strip());
    }
}
