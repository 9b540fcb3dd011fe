package org.bianmin.liberty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.felix.framework.Felix;
import org.bianmin.audit.AuditTrail;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * The stand-ins the REST application calls, over a real (empty) Felix framework: a call reaches the
 * service registered at that moment, and a service that is not registered is answered with
 * {@code SERVICE_UNAVAILABLE} (HTTP 503) — after the start-up wait for one never seen, after the
 * short gap wait for one that went away (e.g. the seal registry while no audit trail is active).
 *
 * <p>The feature bundle's classes are compiled apart from the application's; surefire puts them on
 * the test's class path at run time only, so the test reaches {@code ServiceStandIns} by name.
 */
class ServiceStandInsTest {
    private static final Duration START_WAIT = Duration.ofSeconds(20);
    private static final Duration GAP_WAIT = Duration.ofMillis(100);

    @TempDir
    Path storage;

    private Felix framework;
    private BundleContext context;

    @BeforeEach
    void start() throws Exception {
        framework = new Felix(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        context = framework.getBundleContext();
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void aServiceNeverRegisteredIsUnavailableAfterTheStartWait() throws Exception {
        try (StandIns standIns = new StandIns(context, Duration.ofMillis(200), GAP_WAIT)) {
            AuditTrail trail = standIns.of(AuditTrail.class);

            BianminException refused = assertThrows(BianminException.class, trail::size);

            assertEquals(ErrorCode.SERVICE_UNAVAILABLE, refused.code());
            assertTrue(refused.getMessage().contains("AuditTrail is not running"), refused.getMessage());
        }
    }

    @Test
    void aCallReachesTheServiceRegisteredNowAndOneThatWentAwayIsUnavailableAfterTheGapWait() throws Exception {
        try (StandIns standIns = new StandIns(context, START_WAIT, GAP_WAIT)) {
            AuditTrail trail = standIns.of(AuditTrail.class);
            ServiceRegistration<AuditTrail> first = context.registerService(AuditTrail.class, trailOfSize(7), null);
            assertEquals(7, trail.size());

            first.unregister();
            long started = System.nanoTime();
            assertEquals(ErrorCode.SERVICE_UNAVAILABLE, assertThrows(BianminException.class, trail::size).code());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(START_WAIT.dividedBy(2)) < 0,
                    "a service that went away is not waited for as long as at start-up");

            context.registerService(AuditTrail.class, trailOfSize(9), null);
            assertEquals(9, trail.size(), "the replacement answers through the same stand-in");
        }
    }

    /** {@code ServiceStandIns}, reached by name. */
    private static final class StandIns implements AutoCloseable {
        private final Object standIns;

        StandIns(BundleContext context, Duration startWait, Duration gapWait) {
            try {
                standIns = Class.forName("org.bianmin.liberty.cdi.ServiceStandIns")
                        .getDeclaredConstructor(BundleContext.class, Duration.class, Duration.class)
                        .newInstance(context, startWait, gapWait);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the feature's classes are not on the test class path", e);
            }
        }

        <T> T of(Class<T> type) {
            try {
                return type.cast(standIns.getClass().getDeclaredMethod("of", Class.class).invoke(standIns, type));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws Exception {
            ((AutoCloseable) standIns).close();
        }
    }

    /** A trail that knows only its size. */
    private static AuditTrail trailOfSize(long size) {
        return (AuditTrail) java.lang.reflect.Proxy.newProxyInstance(AuditTrail.class.getClassLoader(),
                new Class<?>[] {AuditTrail.class}, (proxy, method, args) -> {
                    if (method.getName().equals("size")) {
                        return size;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
