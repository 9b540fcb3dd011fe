package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Every Bianmin bundle resolves and starts in Apache Felix with its runtime set, imports the
 * core-api packages with version ranges from the core-api bundle, and registers its services.
 */
class BundlesFelixIT {
    private static final List<String> BIANMIN = List.of(
            "org.bianmin.core-api", "org.bianmin.seal-service", "org.bianmin.catalogue-module",
            "org.bianmin.audit-module");

    @Test
    void everyBundleIsActiveAndWiredToTheCoreApi() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.BUNDLES_ONLY).selectedDatabase().start()) {
            Map<String, Bundle> bundles = felix.bundlesByName();
            for (Bundle bundle : bundles.values()) {
                assertEquals("ACTIVE", FelixRuntime.stateName(bundle.getState()),
                        bundle.getSymbolicName() + " is not active");
            }
            for (String name : BIANMIN) {
                assertTrue(bundles.containsKey(name), name + " is not installed: " + bundles.keySet());
            }
            for (String name : BIANMIN.subList(1, BIANMIN.size())) {
                assertEquals(null, bundles.get(name).getHeaders().get("Export-Package"),
                        name + " must export nothing: only core-api is API");
                List<BundleWire> apiWires = bundles.get(name).adapt(BundleWiring.class)
                        .getRequiredWires("osgi.wiring.package").stream()
                        .filter(w -> String.valueOf(w.getCapability().getAttributes().get("osgi.wiring.package"))
                                .startsWith("org.bianmin."))
                        .toList();
                assertFalse(apiWires.isEmpty(), name + " imports no core-api package");
                for (BundleWire wire : apiWires) {
                    assertEquals("org.bianmin.core-api", wire.getProvider().getBundle().getSymbolicName(),
                            name + " takes " + wire.getCapability().getAttributes() + " from elsewhere");
                    String filter = wire.getRequirement().getDirectives().get("filter");
                    assertTrue(filter.contains("(version>=") && filter.contains("(!(version>="),
                            name + " imports " + filter + " without a version range");
                }
            }
        }
    }

    @Test
    void theCatalogueMigratesItsSchemaInsideTheFramework() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.BUNDLES_ONLY).selectedDatabase().start()) {
            assertNotNull(felix.service("org.bianmin.catalogue.internal.persistence.CatalogueStorage"));
        }
    }

    @Test
    void aBundleThatCannotResolveIsReportedWithItsRequirement() throws Exception {
        Path broken = brokenBundle();
        FelixRuntime.BundleFailure failure = assertThrows(FelixRuntime.BundleFailure.class, () ->
                FelixRuntime.builder(FelixRuntime.Mode.BUNDLES_ONLY).selectedDatabase().withBundle(broken).start());

        assertEquals(1, failure.failures().size(), failure.getMessage());
        String report = failure.failures().get(0);
        assertTrue(report.startsWith("org.bianmin.test.broken 1.0.0"), report);
        assertTrue(report.contains("org.bianmin.nowhere"), report);
        assertTrue(report.contains("missing requirement"), report);
    }

    /** A bundle that imports a package no bundle exports. */
    private static Path brokenBundle() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.bianmin.test.broken");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.bianmin.nowhere;version=\"[9.0,10)\"");
        Path jar = Files.createTempFile(FelixRuntime.felixDirectory(), "broken", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
