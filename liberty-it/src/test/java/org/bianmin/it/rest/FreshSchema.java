package org.bianmin.it.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Drops and re-creates the PostgreSQL schema the Liberty tests run in, before the server starts
 * (the build runs it when {@code -Dbianmin.test.db=postgresql}), so every run starts as empty as
 * the embedded database does. With the system property {@code bianmin.demo.keys.dir} it also deletes
 * the demo's key files there (profiles/demo-keys-postgresql.xml), which served the dropped records.
 *
 * <p>Arguments: JDBC URL of the database, user, schema name, and the password if there is one.
 */
public final class FreshSchema {
    private FreshSchema() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        String schema = args[2];
        recreate(args[0], args[1], args.length > 3 ? args[3] : "", schema);
        System.out.println("PostgreSQL schema " + schema + " is empty and ready");
        String keys = System.getProperty("bianmin.demo.keys.dir", "");
        if (!keys.isEmpty()) {
            deleteTree(Path.of(keys));
            System.out.println("the demo's key files in " + keys + " are gone with the records they served");
        }
    }

    /**
     * Drops {@code schema} on the tests' PostgreSQL ({@code bianmin.pg.host}, {@code .port},
     * {@code .database}, {@code .user}, {@code .password}) and makes it again, empty.
     */
    static void recreateOnTestPostgresql(String schema) throws SQLException {
        recreate("jdbc:postgresql://" + System.getProperty("bianmin.pg.host", "127.0.0.1") + ":"
                + System.getProperty("bianmin.pg.port", "5432") + "/" + System.getProperty("bianmin.pg.database", "test"),
                System.getProperty("bianmin.pg.user", "postgres"), System.getProperty("bianmin.pg.password", ""), schema);
    }

    /** Drops {@code schema} with everything in it and makes it again, empty. */
    static void recreate(String url, String user, String password, String schema) throws SQLException {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    /** Deletes {@code root} and everything under it, if it is there. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
