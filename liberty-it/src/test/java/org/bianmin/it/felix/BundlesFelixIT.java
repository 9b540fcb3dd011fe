package org.bianmin.it.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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

    /** The demo's code and data live in the demo configuration and the tests, never in a bundle. */
    @Test
    void noBundleCarriesDemoCodeOrData() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.BUNDLES_ONLY).selectedDatabase().start()) {
            for (String name : BIANMIN) {
                Bundle bundle = felix.bundlesByName().get(name);
                java.util.Enumeration<java.net.URL> entries = bundle.findEntries("/", "*", true);
                List<String> demo = new java.util.ArrayList<>();
                while (entries != null && entries.hasMoreElements()) {
                    String path = entries.nextElement().getPath();
                    if (!path.endsWith("/") && path.toLowerCase(java.util.Locale.ROOT).contains("demo")) {
                        demo.add(path);
                    }
                }
                assertEquals(List.of(), demo, name + " carries demo code or data");
            }
        }
    }

    @Test
    void theCatalogueMigratesItsSchemaInsideTheFramework() throws Exception {
        try (FelixRuntime felix = FelixRuntime.builder(FelixRuntime.Mode.BUNDLES_ONLY).selectedDatabase().start()) {
            assertNotNull(felix.service("org.bianmin.catalogue.internal.persistence.CatalogueStorage"));
        }
    }

    /**
     * Beside a database that outlives the process (an H2 file here), the components whose keys would
     * otherwise live in memory only refuse to activate: their services stay unregistered and each logs
     * an error that names what to configure.
     */
    @Test
    void withoutKeySourcesBesideAPersistentDatabaseTheKeyServicesStayUnregistered() throws Exception {
        FelixRuntime.Builder builder = onH2File(Files.createDirectories(FelixRuntime.felixDirectory()
                .resolve("persistent-" + System.nanoTime())));
        try (LoggedRecords records = new LoggedRecords("org.bianmin.internal.persistence.MemoryOnlyKeys");
                FelixRuntime felix = builder.start()) {
            List<LogRecord> logged = records.logged;
            assertNotNull(felix.service("org.bianmin.seal.internal.persistence.SealStorage"));
            assertNotNull(felix.service("org.bianmin.audit.internal.persistence.AuditStorage"));
            assertNotNull(felix.service("org.bianmin.proxy.internal.persistence.ProxyStorage"));
            assertRefusedSevere(logged, List.of(
                    "Configure keystore.password (and keystore.path) for PID org.bianmin.seal.keystore",
                    "Configure keystore.password (and keystore.path) for PID org.bianmin.audit.trail"));
            for (String service : List.of("org.bianmin.seal.spi.SealKeyStore", "org.bianmin.audit.AuditTrail",
                    "org.bianmin.proxy.ProxyCases", "org.bianmin.seal.SealRegistry", "org.bianmin.seal.SealSigner",
                    "org.bianmin.seal.spi.TimeStampSource",
                    "org.bianmin.seal.OfdSealer")) {
                assertNull(felix.context().getServiceReference(service), service + " is registered");
            }
        }
        // the ledger activates only beside an audit trail, and then refuses on its own keys
        Path withTrail = Files.createDirectories(FelixRuntime.felixDirectory().resolve("persistent-" + System.nanoTime()));
        FelixRuntime.Builder trailed = onH2File(withTrail).configure("org.bianmin.audit.trail", Map.of("keystore.path",
                withTrail.resolve("audit-key.p12").toString(), "keystore.password", "felix-audit-secret"));
        try (LoggedRecords records = new LoggedRecords("org.bianmin.internal.persistence.MemoryOnlyKeys");
                FelixRuntime felix = trailed.start()) {
            assertRefusedSevere(records.logged, List.of(
                    "Configure personal.data.key.dir or personal.data.key.file for PID org.bianmin.proxy.ledger"));
            assertNull(felix.context().getServiceReference("org.bianmin.proxy.ProxyCases"),
                    "the ledger is registered without its keys");
        }
    }

    /** Waits up to 30 s for a SEVERE record containing each of {@code expected}. */
    private static void assertRefusedSevere(List<LogRecord> logged, List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!allLogged(logged, expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        for (String configure : expected) {
            LogRecord record = logged.stream().filter(r -> r.getMessage().contains(configure)).findFirst()
                    .orElseThrow(() -> new AssertionError("no refusal saying '" + configure + "' in " + logged));
            assertEquals(Level.SEVERE, record.getLevel(), record.getMessage());
        }
    }

    /**
     * Beside a database that outlives the process, a seal key store is not enough: without the
     * offline root's certificate (root.certificate) the seal maker refuses to make a root online,
     * logs an error naming the root CA ceremony, and the services that need a seal maker stay
     * unregistered.
     */
    @Test
    void withoutARootCertificateBesideAPersistentDatabaseTheSealMakerStaysUnregistered() throws Exception {
        Path dir = Files.createDirectories(FelixRuntime.felixDirectory().resolve("no-root-" + System.nanoTime()));
        FelixRuntime.Builder builder = onH2File(dir);
        builder.configure("org.bianmin.seal.keystore", Map.of("keystore.path", dir.resolve("seal-keys.p12").toString(),
                "keystore.password", "felix-no-root-secret"));
        try (LoggedRecords records = new LoggedRecords("org.bianmin.seal.internal.component.SoftwareSealMakerComponent");
                FelixRuntime felix = builder.start()) {
            // the seal maker is activated (and refuses) only once the configured key store is registered
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (records.logged.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            LogRecord refusal = records.logged.stream().findFirst()
                    .orElseThrow(() -> new AssertionError("the seal maker logged no refusal"));
            assertEquals(Level.SEVERE, refusal.getLevel());
            assertTrue(refusal.getMessage().contains("\"The root CA ceremony\"")
                    && refusal.getMessage().contains("root.certificate"), refusal.getMessage());
            for (String service : List.of("org.bianmin.seal.spi.SealMakerAuthority", "org.bianmin.seal.SealRegistry",
                    "org.bianmin.seal.RevocationListPublisher")) {
                assertNull(felix.context().getServiceReference(service), service + " is registered");
            }
        }
    }

    /** Bianmin's bundles on an H2 database in files under {@code dir}: a database that outlives the process. */
    private static FelixRuntime.Builder onH2File(Path dir) {
        FelixRuntime.Builder builder = FelixRuntime.builder(FelixRuntime.Mode.BUNDLES_ONLY);
        for (String pid : FelixRuntime.STORAGE_PIDS) {
            builder.configure(pid, Map.of("jdbc.url", "jdbc:h2:" + dir.resolve("bianmin").toAbsolutePath()));
        }
        return builder;
    }

    /** The records one logger logs while open (java.util.logging, where the framework's System.Logger writes). */
    private static final class LoggedRecords extends Handler implements AutoCloseable {
        final List<LogRecord> logged = new CopyOnWriteArrayList<>();
        private final Logger logger;

        LoggedRecords(String name) {
            logger = Logger.getLogger(name);
            logger.addHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }

    private static boolean allLogged(List<LogRecord> logged, List<String> expected) {
        return expected.stream().allMatch(e -> logged.stream().anyMatch(r -> r.getMessage().contains(e)));
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
