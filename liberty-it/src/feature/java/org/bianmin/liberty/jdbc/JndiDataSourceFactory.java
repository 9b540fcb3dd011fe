package org.bianmin.liberty.jdbc;

import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * A {@link DataSourceFactory} whose data source is the Open Liberty dataSource bound under one
 * JNDI name (looked up in Liberty's default namespace, feature jndi-1.0). The URL, user and
 * password a client passes are not used: the dataSource in server.xml says where the database is
 * and how to log in, and Liberty pools the connections.
 */
final class JndiDataSourceFactory implements DataSourceFactory {
    /** The {@code osgi.jdbc.driver.class} these factories are registered with. */
    static final String DRIVER_CLASS = "openliberty.dataSource";

    private final String jndiName;

    JndiDataSourceFactory(String jndiName) {
        this.jndiName = jndiName;
    }

    @Override
    public DataSource createDataSource(Properties properties) throws SQLException {
        try {
            return InitialContext.doLookup(jndiName);
        } catch (NamingException | ClassCastException e) {
            throw new SQLException("Open Liberty has no dataSource under the JNDI name " + jndiName
                    + " (server.xml <dataSource jndiName=\"" + jndiName + "\">): " + e.getMessage(), e);
        }
    }

    @Override
    public ConnectionPoolDataSource createConnectionPoolDataSource(Properties properties) throws SQLException {
        throw new SQLFeatureNotSupportedException("Liberty pools the connections of " + jndiName);
    }

    @Override
    public XADataSource createXADataSource(Properties properties) throws SQLException {
        throw new SQLFeatureNotSupportedException("Liberty enlists the connections of " + jndiName);
    }

    @Override
    public Driver createDriver(Properties properties) throws SQLException {
        throw new SQLFeatureNotSupportedException("a Liberty dataSource has no Driver; use createDataSource");
    }
}
