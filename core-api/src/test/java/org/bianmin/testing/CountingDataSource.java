package org.bianmin.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * A data source that counts what a service asks of the database: the connections it takes (one
 * per transaction, for a service that holds none between them) and the statements it prepares or
 * creates on them. A test reads the counts before and after one call.
 *
 * <pre>{@code
 * CountingDataSource counted = new CountingDataSource(database.dataSource());
 * int before = counted.statements();
 * }</pre>
 */
public final class CountingDataSource {
    private final DataSource dataSource;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger statements = new AtomicInteger();

    public CountingDataSource(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, result) -> {
            if (!(result instanceof Connection connection)) {
                return result;
            }
            connections.incrementAndGet();
            return proxy(Connection.class, connection, (called, made) -> {
                if (called.getName().equals("prepareStatement") || called.getName().equals("createStatement")) {
                    statements.incrementAndGet();
                }
                return made;
            });
        });
    }

    /** The data source to give the service. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The connections taken so far. */
    public int connections() {
        return connections.get();
    }

    /** The statements prepared or created so far. */
    public int statements() {
        return statements.get();
    }

    private static <T> T proxy(Class<T> type, T target, BiFunction<Method, Object, Object> after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
