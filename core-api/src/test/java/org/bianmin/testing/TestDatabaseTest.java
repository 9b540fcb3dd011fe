package org.bianmin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void twoDatabasesAreIsolatedAndUnicodeSurvives() throws SQLException {
        try (TestDatabase first = TestDatabase.create(); TestDatabase second = TestDatabase.create()) {
            first.execute("CREATE TABLE probe (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL)");
            first.execute("INSERT INTO probe (id, name) VALUES (1, '泸定县兴隆镇便民服务中心')");
            try (Connection connection = first.connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT name FROM probe WHERE id = 1")) {
                assertTrue(rows.next());
                assertEquals("泸定县兴隆镇便民服务中心", rows.getString(1));
            }
            assertFalse(first.jdbcUrl().equals(second.jdbcUrl()));
            assertThrows(IllegalStateException.class, () -> second.execute("SELECT name FROM probe"));
        }
    }

    @Test
    void closeDropsTheDatabase() {
        TestDatabase database = TestDatabase.create();
        database.execute("CREATE TABLE probe (id INTEGER NOT NULL PRIMARY KEY)");
        database.close();
        assertThrows(Exception.class, () -> {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT id FROM probe");
            }
        });
    }
}
