package org.bianmin.it.felix;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.testing.TestDatabase;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Apache Felix started in-process with Bianmin's bundles and their runtime set, as a platform
 * integrator installs them. The bundles come from {@code target/felix/bianmin} and
 * {@code target/felix/runtime}, which the build fills with the jars it made and the runtime set
 * named in this module's POM.
 *
 * <p>Two ways to run:
 * <ul>
 * <li>{@link Mode#BUNDLES_ONLY}: every jar is installed as a bundle, core-api included; tests see
 * services only by name. This proves that the bundles resolve and wire as they would on any
 * OSGi platform.</li>
 * <li>{@link Mode#TYPED_API}: the framework exports the core-api packages from its class path
 * (the system bundle) instead of installing the core-api bundle, so that the test and the bundles
 * share one copy of each API class and the test can call the services through their Java types,
 * as a platform module would.</li>
 * </ul>
 *
 * <p>Configurations given to the builder are applied through Config Admin after the runtime set
 * has started and before Bianmin's bundles start, so components activate once, configured.
 */
public final class FelixRuntime implements AutoCloseable {
    /** How the core-api packages reach the framework. */
    public enum Mode { BUNDLES_ONLY, TYPED_API }

    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(30);

    private final Framework framework;
    private final List<Bundle> bianminBundles;
    private final TestDatabase database;

    private FelixRuntime(Framework framework, List<Bundle> bianminBundles, TestDatabase database) {
        this.framework = framework;
        this.bianminBundles = bianminBundles;
        this.database = database;
    }

    /** A builder for a runtime in the given mode. */
    public static Builder builder(Mode mode) {
        return new Builder(mode);
    }

    /** Where the build put the bundles. */
    static Path felixDirectory() {
        return Path.of(System.getProperty("bianmin.felix.dir", "target/felix"));
    }

    /** Builds and starts a runtime. */
    public static final class Builder {
        private final Mode mode;
        private final List<Path> extraBundles = new ArrayList<>();
        private final Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        private TestDatabase database;
        private boolean persistentDatabase;
        private TimeSource clock;

        private Builder(Mode mode) {
            this.mode = mode;
        }

        /** Installs one more bundle after Bianmin's, e.g. a deliberately broken one. */
        public Builder withBundle(Path jar) {
            extraBundles.add(jar);
            return this;
        }

        /** Configures the component with {@code pid} before Bianmin's bundles start. */
        public Builder configure(String pid, Map<String, Object> properties) {
            configurations.put(pid, properties);
            return this;
        }

        /**
         * Keeps the seal key store ({@code seal-keys.p12}) and the county audit key
         * ({@code audit-key.p12}) in {@code directory}, each under a password, as a deployment beside
         * a persistent database must; checkpoints are published on request only.
         */
        public Builder keyStoresIn(Path directory) {
            configure("org.bianmin.seal.keystore", Map.of("keystore.path",
                    directory.resolve("seal-keys.p12").toString(), "keystore.password", "felix-seal-secret"));
            return configure("org.bianmin.audit.trail", Map.of("keystore.path",
                    directory.resolve("audit-key.p12").toString(), "keystore.password", "felix-audit-secret",
                    "checkpoint.interval.minutes", 0));
        }

        /**
         * Registers {@code clock} as the platform's {@link TimeSource} before Bianmin's bundles start, so
         * that keys, certificates and records are made at its time ({@link Mode#TYPED_API} only).
         */
        public Builder clock(TimeSource clock) {
            if (mode != Mode.TYPED_API) {
                throw new IllegalStateException("a TimeSource object can be shared with the framework in TYPED_API mode only");
            }
            this.clock = clock;
            return this;
        }

        /**
         * Fills the empty catalogue with the illustrative demo catalogue: the data file the demo server
         * imports ({@code bianmin.demo.catalogue}, the demo profile's file), through the catalogue
         * component's {@code initial.catalogue}, its items applying from 2021-09-01.
         */
        public Builder demoCatalogue() {
            String file = System.getProperty("bianmin.demo.catalogue",
                    "src/main/liberty/config/profiles/demo-catalogue.json");
            return configure("org.bianmin.catalogue", Map.of("initial.catalogue", Path.of(file).toAbsolutePath().toString(),
                    "initial.catalogue.effective", "2021-09-01"));
        }

        /** Configures every Bianmin storage component to use one fresh in-memory H2 database. */
        public Builder inMemoryDatabase() {
            String url = "jdbc:h2:mem:felix-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            for (String pid : STORAGE_PIDS) {
                configure(pid, Map.of("jdbc.url", url));
            }
            return this;
        }

        /**
         * Configures every Bianmin storage component to use one fresh database of the kind
         * {@code bianmin.test.db} selects: in-memory H2 by default, or a new PostgreSQL schema
         * reached through pgjdbc's {@code DataSourceFactory}. The runtime drops it when it closes.
         */
        public Builder selectedDatabase() {
            if (TestDatabase.Kind.selected() == TestDatabase.Kind.H2) {
                return inMemoryDatabase();
            }
            if (TestDatabase.Kind.selected() != TestDatabase.Kind.POSTGRESQL) {
                throw new IllegalStateException("the Felix runtime set carries H2 and PostgreSQL drivers only");
            }
            database = TestDatabase.create();
            persistentDatabase = true;
            for (String pid : STORAGE_PIDS) {
                configure(pid, Map.of("jdbc.url", database.jdbcUrl(), "jdbc.user", database.user(),
                        "dataSourceFactory.target", "(osgi.jdbc.driver.class=org.postgresql.Driver)"));
            }
            return this;
        }

        /**
         * Configures every Bianmin storage component, the witness's included, to use the database at
         * {@code jdbcUrl}, which the test owns and which another framework may open at the same time:
         * the runtime does not drop it when it closes.
         *
         * @param driverClass the JDBC driver whose {@code DataSourceFactory} opens it (H2 or pgjdbc)
         */
        public Builder sharedDatabase(String jdbcUrl, String user, String driverClass) {
            persistentDatabase = true;
            for (String pid : DATABASE_PIDS) {
                configure(pid, Map.of("jdbc.url", jdbcUrl, "jdbc.user", user,
                        "dataSourceFactory.target", "(osgi.jdbc.driver.class=" + driverClass + ")"));
            }
            return this;
        }

        /**
         * Leaves every Bianmin storage component without a database: each waits for a JDBC driver no
         * bundle registers, so no component that needs storage activates. A test then configures the
         * one storage it wants to run, e.g. the witness's alone.
         */
        public Builder noDatabase() {
            for (String pid : DATABASE_PIDS) {
                configure(pid, Map.of("dataSourceFactory.target", "(osgi.jdbc.driver.class=none)"));
            }
            return this;
        }

        /**
         * A database that outlives the process takes key sources: the key components refuse keys held
         * in memory only beside it. Each key component the test left without one gets a key file
         * (the proxy ledger a key directory) in {@code dir}, its other settings kept; the seal maker makes its root online (root.generate),
         * as a test may, instead of the offline root of a deployment.
         */
        private void keySourcesBeside(boolean persistent, Path dir) {
            if (!persistent) {
                return;
            }
            String password = "felix-" + UUID.randomUUID();
            Map<String, Map<String, Object>> sources = Map.of(
                    "org.bianmin.seal.keystore", Map.of("keystore.path", dir.resolve("seal-keys.p12").toString(),
                            "keystore.password", password),
                    "org.bianmin.audit.trail", Map.of("keystore.path", dir.resolve("audit-key.p12").toString(),
                            "keystore.password", password),
                    "org.bianmin.proxy.ledger", Map.of("personal.data.key.dir",
                            dir.resolve("proxy-keys").toString()),
                    "org.bianmin.seal.maker", Map.of("root.generate", Boolean.TRUE));
            for (Map.Entry<String, Map<String, Object>> source : sources.entrySet()) {
                Map<String, Object> merged = new HashMap<>(source.getValue());
                merged.putAll(configurations.getOrDefault(source.getKey(), Map.of()));
                configurations.put(source.getKey(), merged);
            }
        }

        /**
         * Starts the framework and every bundle. Fails with a report that names each bundle that
         * did not resolve or start, and its unsatisfied requirement.
         */
        public FelixRuntime start() throws Exception {
            Path felix = felixDirectory();
            Map<String, String> properties = new HashMap<>();
            Path cache = felix.resolve("cache-" + UUID.randomUUID());
            properties.put(Constants.FRAMEWORK_STORAGE, cache.toString());
            keySourcesBeside(persistentDatabase, cache.resolveSibling(cache.getFileName() + "-keys"));
            properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            List<Path> bianmin = jars(felix.resolve("bianmin"));
            if (mode == Mode.TYPED_API) {
                Path coreApi = bianmin.stream().filter(p -> p.getFileName().toString().startsWith("core-api"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("core-api bundle not built"));
                properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exportsOf(coreApi));
                bianmin = bianmin.stream().filter(p -> !p.equals(coreApi)).toList();
            }
            FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
            Framework framework = factory.newFramework(properties);
            framework.start();
            BundleContext context = framework.getBundleContext();
            try {
                List<Bundle> runtime = install(context, jars(felix.resolve("runtime")));
                startAll(runtime);
                applyConfigurations(context, configurations);
                if (clock != null) {
                    context.registerService(TimeSource.class, clock, null);
                }
                List<Bundle> ours = install(context, bianmin);
                ours.addAll(install(context, extraBundles));
                startAll(ours);
                return new FelixRuntime(framework, ours, database);
            } catch (Exception | AssertionError e) {
                framework.stop();
                framework.waitForStop(10_000);
                if (database != null) {
                    database.close();
                }
                throw e;
            }
        }
    }

    private static void applyConfigurations(BundleContext context, Map<String, Map<String, Object>> configurations)
            throws Exception {
        if (configurations.isEmpty()) {
            return;
        }
        ServiceReference<?> reference = context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        if (reference == null) {
            throw new IllegalStateException("Config Admin is not running");
        }
        Object admin = context.getService(reference);
        Method getConfiguration = admin.getClass().getMethod("getConfiguration", String.class, String.class);
        for (Map.Entry<String, Map<String, Object>> entry : configurations.entrySet()) {
            Object configuration = getConfiguration.invoke(admin, entry.getKey(), "?");
            Method update = configuration.getClass().getMethod("update", Dictionary.class);
            update.setAccessible(true);
            update.invoke(configuration, new Hashtable<>(entry.getValue()));
        }
    }

    /**
     * Replaces the configuration of {@code pid} while the framework runs, as an operator does through
     * Config Admin; its components restart with it (asynchronously).
     */
    public void reconfigure(String pid, Map<String, Object> properties) throws Exception {
        applyConfigurations(context(), Map.of(pid, properties));
    }

    /** The configuration PIDs of the components that own a database. */
    public static final List<String> STORAGE_PIDS = List.of(
            "org.bianmin.seal.storage", "org.bianmin.catalogue.storage",
            "org.bianmin.audit.storage", "org.bianmin.proxy.storage");

    /** The storage PIDs and the witness's, which runs only when a witness is configured. */
    private static final List<String> DATABASE_PIDS = Stream.concat(STORAGE_PIDS.stream(),
            Stream.of("org.bianmin.audit.witness.storage")).toList();

    private static List<Path> jars(Path directory) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
            stream.forEach(jars::add);
        }
        jars.sort(null);
        if (jars.isEmpty()) {
            throw new IllegalStateException("no bundles in " + directory + "; run the build through 'mvn verify'");
        }
        return jars;
    }

    private static String exportsOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        }
    }

    private static List<Bundle> install(BundleContext context, List<Path> jars) throws IOException, BundleException {
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            try (InputStream in = Files.newInputStream(jar)) {
                bundles.add(context.installBundle(jar.toUri().toString(), in));
            }
        }
        return bundles;
    }

    private static void startAll(List<Bundle> bundles) {
        List<String> failures = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException e) {
                failures.add(describe(bundle) + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new BundleFailure(failures);
        }
    }

    private static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion() + " [" + bundle.getBundleId() + "]";
    }

    /** Raised when bundles do not resolve or start; its message lists each with its cause. */
    public static final class BundleFailure extends AssertionError {
        private static final long serialVersionUID = 1L;
        private final List<String> failures;

        BundleFailure(List<String> failures) {
            super("bundles that did not start:\n  " + String.join("\n  ", failures));
            this.failures = List.copyOf(failures);
        }

        /** One line per bundle: name, version, id and the framework's reason. */
        public List<String> failures() {
            return failures;
        }
    }

    /** The framework's bundle context. */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** Bianmin's bundles (and any extra bundles), in installation order. */
    public List<Bundle> bianminBundles() {
        return bianminBundles;
    }

    /** Every installed bundle, by symbolic name. */
    public Map<String, Bundle> bundlesByName() {
        return java.util.Arrays.stream(context().getBundles())
                .collect(Collectors.toMap(Bundle::getSymbolicName, b -> b, (a, b) -> a, LinkedHashMap::new));
    }

    /** Waits for a service registered under {@code type}'s name and returns it (typed mode). */
    public <T> T service(Class<T> type) throws InterruptedException {
        return type.cast(service(type.getName()));
    }

    /** Waits for a service registered under {@code className} and returns it. */
    public Object service(String className) throws InterruptedException {
        long deadline = System.nanoTime() + SERVICE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ServiceReference<?> reference = context().getServiceReference(className);
            if (reference != null) {
                Object service = context().getService(reference);
                if (service != null) {
                    return service;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no service " + className + " within " + SERVICE_TIMEOUT.toSeconds()
                + " s; bundles: " + bundleStates());
    }

    /**
     * Replaces the configuration of {@code pid} with {@code properties} and waits for the service
     * under {@code type} that the component registers anew, configured (typed mode).
     */
    public <T> T reconfigure(Class<T> type, String pid, Map<String, Object> properties) throws Exception {
        ServiceReference<?> before = context().getServiceReference(type.getName());
        Object oldId = before == null ? null : before.getProperty(Constants.SERVICE_ID);
        applyConfigurations(context(), Map.of(pid, properties));
        long deadline = System.nanoTime() + SERVICE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ServiceReference<?> reference = context().getServiceReference(type.getName());
            if (reference != null && !reference.getProperty(Constants.SERVICE_ID).equals(oldId)) {
                Object service = context().getService(reference);
                if (service != null) {
                    return type.cast(service);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type.getName() + " configured anew within " + SERVICE_TIMEOUT.toSeconds()
                + " s; bundles: " + bundleStates());
    }

    /** Each bundle with its state, for failure messages. */
    public String bundleStates() {
        return java.util.Arrays.stream(context().getBundles())
                .map(b -> b.getSymbolicName() + "=" + stateName(b.getState()))
                .collect(Collectors.joining(", "));
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(30_000);
        if (database != null) {
            database.close();
        }
    }
}
