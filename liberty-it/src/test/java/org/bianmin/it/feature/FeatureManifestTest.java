package org.bianmin.it.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The user feature's manifest stays in step with the bundles: every package core-api exports is an
 * {@code IBM-API-Package} (else applications cannot see it), and the feature names the headers
 * Liberty requires.
 */
class FeatureManifestTest {
    private static final Path MANIFEST = Path.of("src/main/liberty/feature/bianmin-1.0.mf");

    @Test
    void everyCoreApiPackageIsAnApiPackageOfTheFeature() throws IOException {
        Set<String> exported = packages(coreApiManifest().getValue("Export-Package"));
        Set<String> api = packages(feature().getValue("IBM-API-Package"));
        assertTrue(exported.contains("org.bianmin.seal"), exported::toString);
        assertEquals(exported, api);
        assertTrue(feature().getValue("IBM-API-Package").contains("type=\"api\""));
    }

    @Test
    void theFeatureHasTheHeadersLibertyNeeds() throws IOException {
        Attributes feature = feature();
        assertEquals("2", feature.getValue("IBM-Feature-Version"));
        assertEquals("osgi.subsystem.feature", feature.getValue("Subsystem-Type"));
        assertEquals("bianmin-1.0", feature.getValue("IBM-ShortName"));
        for (String bundle : new String[] {"org.bianmin.core-api", "org.bianmin.seal-service",
            "org.bianmin.catalogue-module", "org.bianmin.audit-module", "org.bianmin.liberty"}) {
            assertTrue(feature.getValue("Subsystem-Content").contains(bundle + ";"), bundle);
        }
    }

    private static Attributes feature() throws IOException {
        try (InputStream in = Files.newInputStream(MANIFEST)) {
            return new Manifest(in).getMainAttributes();
        }
    }

    private static Attributes coreApiManifest() throws IOException {
        for (URL url : Collections.list(FeatureManifestTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            try (InputStream in = url.openStream()) {
                Attributes attributes = new Manifest(in).getMainAttributes();
                if ("org.bianmin.core-api".equals(attributes.getValue("Bundle-SymbolicName"))) {
                    return attributes;
                }
            }
        }
        throw new AssertionError("core-api's bundle manifest is not on the test class path");
    }

    /** The package names of an OSGi package list (attributes and directives dropped). */
    private static Set<String> packages(String header) {
        String withoutQuoted = header.replaceAll("\"[^\"]*\"", "");
        return Arrays.stream(withoutQuoted.split(","))
                .map(clause -> clause.split(";")[0].strip())
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
