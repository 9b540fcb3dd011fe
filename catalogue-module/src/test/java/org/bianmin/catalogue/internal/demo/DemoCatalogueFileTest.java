package org.bianmin.catalogue.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The demo server's catalogue file (liberty-it {@code profiles/demo-catalogue.json}) is this class's
 * catalogue in the import format. Run with {@code -Dbianmin.demo.write=true} to write it after
 * {@link DemoCatalogue} changes.
 */
class DemoCatalogueFileTest {
    private static final Path FILE = Path.of("../liberty-it/src/main/liberty/config/profiles/demo-catalogue.json");

    @Test
    void theDemoProfilesFileIsTheDemoCatalogue() throws IOException {
        String json = DemoCatalogue.json() + "\n";
        if (Boolean.getBoolean("bianmin.demo.write")) {
            Files.writeString(FILE, json, StandardCharsets.UTF_8);
        }
        assertEquals(json, Files.readString(FILE, StandardCharsets.UTF_8),
                "the demo file is out of date: run this test with -Dbianmin.demo.write=true");
    }
}
