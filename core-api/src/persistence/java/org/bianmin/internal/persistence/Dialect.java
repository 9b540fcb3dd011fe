package org.bianmin.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * The databases Bianmin's migrations run on, and the column types that differ between them. The
 * migrations name these types as Flyway placeholders ({@code ${binary}}, {@code ${text}},
 * {@code ${timestamp}}, {@code ${bool}}, and {@code ${bigsequence}} for the type clause of a 64-bit
 * {@code CREATE SEQUENCE}, which MariaDB before 11.5 does not accept and Derby needs); everything else
 * in them is SQL the four databases share. {@link #nextValue} reads a sequence.
 */
public enum Dialect {
    H2("VARBINARY(1000000000)", "CLOB", "TIMESTAMP(6)", "BOOLEAN", "AS BIGINT", "VALUES NEXT VALUE FOR %s"),
    POSTGRESQL("BYTEA", "TEXT", "TIMESTAMP(6)", "BOOLEAN", "AS BIGINT", "SELECT nextval('%s')"),
    MARIADB("LONGBLOB", "LONGTEXT", "DATETIME(6)", "BOOLEAN", "", "SELECT NEXT VALUE FOR %s"),
    DERBY("BLOB", "CLOB", "TIMESTAMP", "BOOLEAN", "AS BIGINT", "VALUES NEXT VALUE FOR %s");

    /** A plain SQL identifier, compiled once: a sequence is read on every audited write. */
    private static final Pattern SEQUENCE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Map<String, String> placeholders;
    private final String nextValue;

    Dialect(String binary, String text, String timestamp, String bool, String bigSequence, String nextValue) {
        this.placeholders = Map.of("binary", binary, "text", text, "timestamp", timestamp, "bool", bool,
                "bigsequence", bigSequence);
        this.nextValue = nextValue;
    }

    /**
     * The native query that takes the next value of {@code sequence} (a plain SQL identifier);
     * its single row and column is the value.
     */
    public String nextValue(String sequence) {
        if (!SEQUENCE_NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        return nextValue.formatted(sequence);
    }

    /** The Flyway placeholders for this database. */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /** The dialect of the database behind {@code dataSource}, from its JDBC metadata. */
    public static Dialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("mariadb") || product.contains("mysql")) {
                return MARIADB;
            }
            if (product.contains("derby")) {
                return DERBY;
            }
            throw new BianminException(ErrorCode.CONFIGURATION_INVALID, "database '" + product
                    + "' is not supported; use H2, PostgreSQL, MariaDB or Derby");
        } catch (SQLException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE,
                    "cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
