package org.bianmin.proxy.internal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.bianmin.catalogue.Deadline;
import java.util.List;
import javax.sql.DataSource;
import org.bianmin.core.DivisionCode;
import org.bianmin.proxy.internal.catalogue.CatalogueTerms;
import org.bianmin.proxy.internal.catalogue.ItemTerms;
import org.bianmin.testing.TestDatabase;

/**
 * Fills a proxy ledger database for load tests: {@code points} proxy points in townships of
 * {@value #POINTS_PER_TOWNSHIP} points each, one agent per point, and {@code cases} cases spread
 * evenly over the points and over the past year; 10 % of them are unanswered (5 % in progress, 5 %
 * done but not yet told). On PostgreSQL the cases are generated in the server
 * ({@code generate_series}); elsewhere by JDBC batches. Personal-data columns hold fixed dummy
 * ciphertext: the load tests never decrypt them.
 */
final class LedgerLoad {
    static final int POINTS_PER_TOWNSHIP = 30;
    static final LocalDate TODAY = LocalDate.of(2021, 12, 31);

    private LedgerLoad() {
    }

    static String pointId(int index) {
        return "p" + index;
    }

    static String townshipCode(int pointIndex) {
        return "513322" + String.format("%03d", pointIndex / POINTS_PER_TOWNSHIP + 1);
    }

    static String villageCode(int pointIndex) {
        return townshipCode(pointIndex) + String.format("%03d", pointIndex % POINTS_PER_TOWNSHIP + 1);
    }

    /** The catalogue the load tests use: one item, five working days, Mon–Fri. */
    static CatalogueTerms catalogue() {
        return new CatalogueTerms() {
            @Override
            public ItemTerms item(String itemCode, DivisionCode village, LocalDate date) {
                return new ItemTerms(itemCode, "高龄津贴发放", "便民服务中心", 5, List.of("居民身份证", "户口簿"));
            }

            @Override
            public Deadline deadline(LocalDate start, int days) {
                return new Deadline(start.plusDays(days + 2L), false);
            }

            @Override
            public boolean isWorkingDay(LocalDate date) {
                return date.getDayOfWeek().getValue() <= 5;
            }
        };
    }

    /** Loads points, agents and cases; the schema must exist. */
    static void load(TestDatabase database, int points, long cases) throws SQLException {
        DataSource dataSource = database.dataSource();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement point = connection.prepareStatement("INSERT INTO proxy_point (point_id, point_name,"
                    + " point_kind, division_code, township_code, county_code, created_at) VALUES (?,?,?,?,?,?,?)");
                    PreparedStatement agent = connection.prepareStatement("INSERT INTO proxy_agent (agent_id, point_id,"
                            + " agent_name, agent_role) VALUES (?,?,?,?)")) {
                for (int i = 0; i < points; i++) {
                    point.setString(1, pointId(i));
                    point.setString(2, "代办点" + i);
                    point.setString(3, "SERVICE_ROOM");
                    point.setString(4, villageCode(i));
                    point.setString(5, townshipCode(i));
                    point.setString(6, "513322");
                    point.setObject(7, java.time.LocalDateTime.of(2021, 1, 1, 0, 0));
                    point.addBatch();
                    agent.setString(1, "a" + i);
                    agent.setString(2, pointId(i));
                    agent.setString(3, "代办员" + i);
                    agent.setString(4, "CLERK");
                    agent.addBatch();
                }
                point.executeBatch();
                agent.executeBatch();
            }
            connection.commit();
            if (database.kind() == TestDatabase.Kind.POSTGRESQL) {
                generate(connection, points, cases);
            } else {
                batch(connection, points, cases);
            }
            connection.commit();
            if (database.kind() == TestDatabase.Kind.POSTGRESQL) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE proxy_case");
                }
                connection.commit();
            }
        }
    }

    private static void generate(Connection connection, int points, long cases) throws SQLException {
        long today = TODAY.toEpochDay();
        String sql = "INSERT INTO proxy_case (case_id, point_id, township_code, county_code, agent_id, applicant_name,"
                + " id_cipher, id_index, id_masked, phone_cipher, phone_index, phone_masked, item_code, item_name,"
                + " handling_place, promised_days, channel, needs, services, special_needs, special_served, case_state,"
                + " received_at, received_day, deadline_day, result_day, answered, visits, row_version)"
                + " SELECT 'load-' || i, 'p' || (i % " + points + "),"
                + " '513322' || lpad(((i % " + points + ") / " + POINTS_PER_TOWNSHIP + " + 1)::text, 3, '0'),"
                + " '513322', 'a' || (i % " + points + "), '申请人', '\\x01'::bytea, md5(i::text), '5133**********0000',"
                + " NULL, NULL, NULL, 'LD-MZ-005', '高龄津贴发放', '便民服务中心', 5, 'WALK_IN', '', '', 0, 0,"
                + " CASE WHEN i % 20 = 0 THEN 'IN_PROGRESS' WHEN i % 20 = 1 THEN 'DONE' ELSE 'ANSWERED' END,"
                + " TIMESTAMP '2021-12-31 00:00:00' - ((i % 365) || ' days')::interval,"
                + " " + today + " - (i % 365), " + today + " - (i % 365) + 7,"
                + " CASE WHEN i % 20 = 0 THEN NULL ELSE " + today + " - (i % 365) + 3 END,"
                + " CASE WHEN i % 20 IN (0, 1) THEN 0 ELSE 1 END, 1, 1"
                + " FROM generate_series(0, " + (cases - 1) + ") AS i";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void batch(Connection connection, int points, long cases) throws SQLException {
        long today = TODAY.toEpochDay();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO proxy_case (case_id, point_id,"
                + " township_code, county_code, agent_id, applicant_name, id_cipher, id_index, id_masked, item_code,"
                + " item_name, handling_place, promised_days, channel, needs, services, special_needs, special_served,"
                + " case_state, received_at, received_day, deadline_day, result_day, answered, visits, row_version)"
                + " VALUES (?,?,?,?,?,'申请人',?,?,'5133**********0000','LD-MZ-005','高龄津贴发放','便民服务中心',5,"
                + "'WALK_IN','','',0,0,?,?,?,?,?,?,1,1)")) {
            for (long i = 0; i < cases; i++) {
                int pointIndex = (int) (i % points);
                long received = today - i % 365;
                long kind = i % 20;
                insert.setString(1, "load-" + i);
                insert.setString(2, pointId(pointIndex));
                insert.setString(3, townshipCode(pointIndex));
                insert.setString(4, "513322");
                insert.setString(5, "a" + pointIndex);
                insert.setBytes(6, new byte[] {1});
                insert.setString(7, Long.toHexString(i));
                insert.setString(8, kind == 0 ? "IN_PROGRESS" : kind == 1 ? "DONE" : "ANSWERED");
                insert.setObject(9, LocalDate.ofEpochDay(received).atStartOfDay());
                insert.setInt(10, (int) received);
                insert.setInt(11, (int) received + 7);
                if (kind == 0) {
                    insert.setNull(12, java.sql.Types.INTEGER);
                } else {
                    insert.setInt(12, (int) received + 3);
                }
                insert.setInt(13, kind <= 1 ? 0 : 1);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
