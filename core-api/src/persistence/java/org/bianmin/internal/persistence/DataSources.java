package org.bianmin.internal.persistence;

import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Data sources from the OSGi JDBC service (OSGi Compendium §125): the platform's driver bundle
 * registers a {@link DataSourceFactory}; configuration names the URL and credentials.
 */
public final class DataSources {
    private DataSources() {
    }

    /** A data source from {@code factory} for {@code url}; user and password may be empty. */
    public static DataSource create(DataSourceFactory factory, String url, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, url);
        if (user != null && !user.isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_USER, user);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
        }
        try {
            return factory.createDataSource(properties);
        } catch (SQLException e) {
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID,
                    "cannot create a data source for " + url + ": " + e.getMessage(), e);
        }
    }
}
