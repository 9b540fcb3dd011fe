package org.bianmin.it.rest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and re-creates the PostgreSQL schema the Liberty tests run in, before the server starts
 * (the build runs it when {@code -Dbianmin.test.db=postgresql}), so every run starts as empty as
 * the embedded database does.
 *
 * <p>Arguments: JDBC URL of the database, user, schema name, and the password if there is one.
 */
public final class FreshSchema {
    private FreshSchema() {
    }

    public static void main(String[] args) throws SQLException {
        String schema = args[2];
        String password = args.length > 3 ? args[3] : "";
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        System.out.println("PostgreSQL schema " + schema + " is empty and ready");
    }
}
