package org.bianmin.seal.internal.ofdseal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * ofdrw's cryptographic code (ofdrw-gm, ofdrw-sign and the seal pictures of ofdrw-reader) in a class
 * loader of its own, with the Bouncy Castle it was built against. ofdrw 2.3.1 is compiled against
 * Bouncy Castle 1.68 (bcprov-jdk15on), and it does not link with the 1.87 this project uses: since
 * 1.71 {@code DERIA5String.getInstance} returns {@code ASN1IA5String}, so ofdrw's v4 {@code SESeal}
 * parsing fails with {@code NoSuchMethodError} as soon as a signature or a stamp is read. Putting
 * 1.68 on the class path would shadow ours, so instead this loader sees the test class path minus
 * our Bouncy Castle (bcprov, bcpkix, bcutil jdk18on) plus the 1.68 jars that the build copies to
 * {@code target/ofdrw-bc}, with the platform loader as parent: everything above the JDK, ofdrw
 * included, is loaded afresh inside it. Calls cross the boundary through the static methods of
 * {@link OfdrwEntryPoints}, whose signatures hold JDK types only.
 */
final class IsolatedOfdrw {
    private static final String ENTRY_POINTS = "org.bianmin.seal.internal.ofdseal.OfdrwEntryPoints";

    private IsolatedOfdrw() {
    }

    /** Calls the static method {@code name} of {@link OfdrwEntryPoints} inside the loader. */
    @SuppressWarnings("unchecked")
    static <T> T call(String name, Object... args) {
        Method method = Arrays.stream(Holder.ENTRY_POINTS_CLASS.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entry point " + name));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Holder.LOADER);
        try {
            return (T) method.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static final class Holder {
        static final URLClassLoader LOADER = loader();
        static final Class<?> ENTRY_POINTS_CLASS = load();

        private static Class<?> load() {
            try {
                return Class.forName(ENTRY_POINTS, true, LOADER);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static URLClassLoader loader() {
        List<URL> urls = new ArrayList<>();
        for (Path entry : testClassPath()) {
            String file = entry.getFileName() == null ? "" : entry.getFileName().toString();
            if (file.matches("bc(prov|pkix|util)-jdk18on-.*\\.jar")) {
                continue;
            }
            urls.add(url(entry));
        }
        Path bc = bouncyCastle168();
        try (Stream<Path> jars = Files.list(bc)) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> urls.add(url(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new URLClassLoader("ofdrw", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** {@code target/ofdrw-bc}, beside the test classes (filled by the build's dependency:copy). */
    private static Path bouncyCastle168() {
        try {
            Path testClasses = Path.of(IsolatedOfdrw.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = testClasses.resolveSibling("ofdrw-bc");
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException(dir + " is missing: run the build (mvn test), which copies"
                        + " bcprov-jdk15on and bcpkix-jdk15on 1.68 there");
            }
            return dir;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test class path: Surefire's {@code surefire.test.class.path} when forked by it, else
     * {@code java.class.path} (JMH, an IDE), unfolding a manifest-only booter jar.
     */
    private static List<Path> testClassPath() {
        String path = System.getProperty("surefire.test.class.path");
        if (path == null || path.isBlank()) {
            path = System.getProperty("java.class.path");
        }
        List<Path> entries = new ArrayList<>();
        for (String part : path.split(File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            Path p = Path.of(part);
            entries.add(p);
            entries.addAll(manifestClassPath(p));
        }
        return entries;
    }

    private static List<Path> manifestClassPath(Path jar) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null || manifest.getMainAttributes().getValue("Main-Class") == null
                    || !jar.getFileName().toString().startsWith("surefire")) {
                return List.of();
            }
            List<Path> entries = new ArrayList<>();
            for (String ref : classPath.trim().split("\\s+")) {
                try {
                    entries.add(Path.of(new URL(jar.toUri().toURL(), ref).toURI()));
                } catch (URISyntaxException | MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
