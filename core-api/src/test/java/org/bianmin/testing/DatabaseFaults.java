package org.bianmin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * A test database that fails the way a production one does, while a test's switch is on, under a
 * service that keeps running: the data source given to the service wraps the real one, so the
 * service's own persistence meets the fault.
 *
 * <pre>{@code
 * AtomicBoolean full = new AtomicBoolean();
 * DataSource dataSource = DatabaseFaults.diskFullWhile(database.dataSource(), full::get);
 * }</pre>
 */
public final class DatabaseFaults {
    /** PostgreSQL's SQLSTATE for a full disk, {@code disk_full} (PostgreSQL manual, Appendix A, class 53). */
    public static final String DISK_FULL = "53100";

    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
    private static final Set<String> BATCH_OR_UPDATE = Set.of("executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private DatabaseFaults() {
    }

    /**
     * Hands out connections in read-only mode while {@code readOnly} says so: the database's own
     * refusal of every write (PostgreSQL SQLSTATE 25006; H2 takes read-only as a hint only).
     */
    public static DataSource readOnlyWhile(DataSource target, BooleanSupplier readOnly) {
        return connectionsOf(target, connection -> {
            connection.setReadOnly(readOnly.getAsBoolean());
            return connection;
        });
    }

    /**
     * Fails every write (INSERT, UPDATE, DELETE, MERGE, a batch) and every commit while {@code full}
     * says so, as PostgreSQL does when it cannot extend a table's file: SQLSTATE {@value #DISK_FULL}
     * with its message. The failing write or commit reaches the database not at all, so the
     * transaction is rolled back whole as it would be there.
     */
    public static DataSource diskFullWhile(DataSource target, BooleanSupplier full) {
        return connectionsOf(target, connection -> proxy(Connection.class, (proxy, method, args) -> {
            if (full.getAsBoolean() && method.getName().equals("commit")) {
                throw diskFull();
            }
            Object result = invoke(connection, method, args);
            if (result instanceof Statement statement) {
                String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
                return proxy(method.getReturnType(), failingWrites(statement, prepared, full));
            }
            return result;
        }));
    }

    /**
     * Asserts that each of {@code writes}, run while the disk is full, is refused as the persistence
     * layer refuses it: {@code STORAGE_FAILURE}, with a message that says the disk is full and
     * nothing was written.
     */
    public static void assertEachRefusedForFullDisk(List<Runnable> writes) {
        for (Runnable write : writes) {
            BianminException refused = assertThrows(BianminException.class, write::run);
            assertEquals(ErrorCode.STORAGE_FAILURE, refused.code(), refused.getMessage());
            assertTrue(refused.getMessage().contains("the database has no space left on its disk, nothing was written"),
                    refused.getMessage());
        }
    }

    /** The exception PostgreSQL's driver throws when the database's disk is full. */
    public static SQLException diskFull() {
        return new SQLException("could not extend file \"base/16384/16500\": No space left on device", DISK_FULL);
    }

    private static InvocationHandler failingWrites(Statement statement, String prepared, BooleanSupplier full) {
        return (proxy, method, args) -> {
            if (full.getAsBoolean()) {
                String sql = args != null && args.length > 0 && args[0] instanceof String given ? given : prepared;
                if (BATCH_OR_UPDATE.contains(method.getName())
                        || method.getName().equals("execute") && sql != null && isWrite(sql)) {
                    throw diskFull();
                }
            }
            return invoke(statement, method, args);
        };
    }

    private static boolean isWrite(String sql) {
        String first = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return WRITES.contains(first);
    }

    private interface ConnectionFault {
        Connection apply(Connection connection) throws SQLException;
    }

    private static DataSource connectionsOf(DataSource target, ConnectionFault fault) {
        return proxy(DataSource.class, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? fault.apply(connection) : result;
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(DatabaseFaults.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
