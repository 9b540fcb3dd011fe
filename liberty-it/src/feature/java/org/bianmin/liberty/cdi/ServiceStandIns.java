package org.bianmin.liberty.cdi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Stand-ins for OSGi services: an object of the service interface whose every call goes to the
 * service currently registered. One {@link ServiceTracker} per interface holds the service, so a
 * delayed DS component stays active between calls.
 *
 * <p>A call for a service that is not registered waits for it, then fails with
 * {@code SERVICE_UNAVAILABLE} (HTTP 503): up to {@code startWait} for a service never seen yet (the
 * server is starting, its bundles activate after the application), up to {@code gapWait} for one
 * that was registered before and is gone (a bundle being updated, or a component deactivated
 * because a mandatory reference, such as the audit trail, is missing), so that requests do not
 * pile up on a service that stays away.
 */
final class ServiceStandIns implements AutoCloseable {
    private final BundleContext context;
    private final Duration startWait;
    private final Duration gapWait;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    ServiceStandIns(BundleContext context, Duration startWait, Duration gapWait) {
        this.context = context;
        this.startWait = startWait;
        this.gapWait = gapWait;
    }

    /** A stand-in for the service registered under {@code type}. */
    <T> T of(Class<T> type) {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, this::open);
        InvocationHandler handler = (proxy, method, args) -> invoke(type, tracker, proxy, method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /**
     * A stand-in for the service registered under {@code type} or, while none is, {@code fallback}: for
     * optional services such as the platform's {@code TimeSource}. It never waits.
     */
    <T> T orElse(Class<T> type, T fallback) {
        ServiceTracker<?, ?> tracker = trackers.computeIfAbsent(type, this::open);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(fallback, args);
            }
            Object service = tracker.getService();
            try {
                return method.invoke(service != null ? service : fallback, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private ServiceTracker<?, ?> open(Class<?> type) {
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, type.getName(), null);
        tracker.open();
        return tracker;
    }

    private Object invoke(Class<?> type, ServiceTracker<?, ?> tracker, Object proxy, Method method, Object[] args)
            throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "stand-in for " + type.getName();
            };
        }
        Object service = service(type, tracker);
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object service(Class<?> type, ServiceTracker<?, ?> tracker) {
        try {
            Duration wait = tracker.getTrackingCount() > 0 ? gapWait : startWait;
            Object service = tracker.waitForService(Math.max(1, wait.toMillis()));
            if (service == null) {
                throw new BianminException(ErrorCode.SERVICE_UNAVAILABLE, "the service " + type.getSimpleName()
                        + " is not running; check that its bundle and its database are up (server log)");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BianminException(ErrorCode.SERVICE_UNAVAILABLE,
                    "interrupted while waiting for the service " + type.getSimpleName());
        }
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}
