package org.bianmin.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one test: an in-memory H2 database by default, or a new schema on
 * the machine's PostgreSQL or a new database on its MariaDB when the system property
 * {@code bianmin.test.db} says {@code postgresql} or {@code mariadb}. Every instance is isolated, so
 * tests can run in any order and in parallel; {@link #close()} drops what it created.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabase.create()) {
 *     MyStore store = new MyStore(db.dataSource());
 *     ...
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
    /** The system property that picks the database. */
    public static final String PROPERTY = "bianmin.test.db";
    /**
     * The system property that starts the names of the schemas and databases made (default {@code t_}), so
     * that runs sharing one server can tell theirs apart.
     */
    public static final String PREFIX_PROPERTY = "bianmin.test.db.prefix";

    /** The databases the tests run on. */
    public enum Kind {
        /** H2 in memory: the embedded default, needs nothing. */
        H2,
        /** PostgreSQL at 127.0.0.1:5432, user postgres, database test. */
        POSTGRESQL,
        /** MariaDB at 127.0.0.1:3306, user root without password. */
        MARIADB;

        /** The kind named by {@code bianmin.test.db}, H2 when unset. */
        public static Kind selected() {
            String name = System.getProperty(PROPERTY, "h2").trim().toUpperCase(Locale.ROOT);
            return name.isEmpty() ? H2 : valueOf(name);
        }
    }

    private static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/";

    private final Kind kind;
    private final String schema;
    private final String jdbcUrl;
    private final DataSource dataSource;

    private TestDatabase(Kind kind) throws SQLException {
        this.kind = kind;
        String prefix = System.getProperty(PREFIX_PROPERTY, "t_");
        if (!prefix.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException(PREFIX_PROPERTY + " must be a lower-case SQL name start, got " + prefix);
        }
        this.schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        switch (kind) {
            case H2 -> {
                jdbcUrl = "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(jdbcUrl);
                dataSource = h2;
            }
            case POSTGRESQL -> {
                execute(postgres(POSTGRESQL_URL), "CREATE SCHEMA " + schema);
                jdbcUrl = POSTGRESQL_URL + "?currentSchema=" + schema;
                dataSource = postgres(jdbcUrl);
            }
            case MARIADB -> {
                execute(mariadb(MARIADB_URL + "?user=root"),
                        "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                jdbcUrl = MARIADB_URL + schema + "?user=root";
                dataSource = mariadb(jdbcUrl);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /** A fresh database of the kind {@code bianmin.test.db} selects. */
    public static TestDatabase create() {
        return create(Kind.selected());
    }

    /** A fresh database of the given kind. */
    public static TestDatabase create(Kind kind) {
        try {
            return new TestDatabase(kind);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + kind + ": " + e.getMessage()
                    + " (is the server running? see README 'Tests')", e);
        }
    }

    /** The database's kind. */
    public Kind kind() {
        return kind;
    }

    /** A data source on the fresh database (unpooled). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL of the fresh database (for PostgreSQL it selects the schema). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The user name to connect with, empty for H2. */
    public String user() {
        return switch (kind) {
            case H2 -> "";
            case POSTGRESQL -> "postgres";
            case MARIADB -> "root";
        };
    }

    /** A new connection, e.g. to tamper with rows in plain SQL. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs one SQL statement on the fresh database. */
    public void execute(String sql) {
        try {
            execute(dataSource, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            switch (kind) {
                case H2 -> execute(dataSource, "SHUTDOWN");
                case POSTGRESQL -> execute(postgres(POSTGRESQL_URL), "DROP SCHEMA " + schema + " CASCADE");
                case MARIADB -> execute(mariadb(MARIADB_URL + "?user=root"), "DROP DATABASE " + schema);
                default -> throw new IllegalArgumentException(kind.name());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + schema + ": " + e.getMessage(), e);
        }
    }

    private static void execute(DataSource target, String sql) throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static DataSource postgres(String url) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setUser("postgres");
        return postgres;
    }

    private static DataSource mariadb(String url) throws SQLException {
        return new MariaDbDataSource(url);
    }

    @Override
    public String toString() {
        return kind + " " + jdbcUrl;
    }
}
