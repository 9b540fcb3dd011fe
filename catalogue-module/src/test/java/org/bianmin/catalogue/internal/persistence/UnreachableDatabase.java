package org.bianmin.catalogue.internal.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * A data source whose database can go away and come back, as a stopped PostgreSQL server does:
 * {@link #goAway()} ends every open session (the database rolls back its open transaction), after
 * which every call on those connections fails as a broken connection does (SQLState 08006) and a
 * new connection is refused (08001) until {@link #comeBack()}.
 */
final class UnreachableDatabase {
    private final DataSource database;
    private final List<Connection> open = new CopyOnWriteArrayList<>();
    private volatile boolean away;

    UnreachableDatabase(DataSource database) {
        this.database = database;
    }

    /** The data source the unit under test uses. */
    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        if (away) {
                            throw new SQLNonTransientConnectionException("Connection refused", "08001");
                        }
                        return connection((Connection) invoke(method, database, arguments));
                    }
                    return invoke(method, database, arguments);
                });
    }

    /** The database stops: its sessions end, rolled back, and it accepts no connection. */
    void goAway() throws SQLException {
        away = true;
        for (Connection connection : open) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.close();
        }
        open.clear();
    }

    /** The database accepts connections again. */
    void comeBack() {
        away = false;
    }

    private Connection connection(Connection real) {
        open.add(real);
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (!open.contains(real)) {
                if (method.getName().equals("isClosed")) {
                    return true;
                }
                if (method.getName().equals("close")) {
                    return null;
                }
                throw new SQLNonTransientConnectionException("An I/O error occurred while sending to the backend",
                        "08006");
            }
            if (method.getName().equals("close")) {
                open.remove(real);
            }
            return invoke(method, real, arguments);
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
