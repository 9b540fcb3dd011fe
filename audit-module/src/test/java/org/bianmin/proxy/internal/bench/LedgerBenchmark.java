package org.bianmin.proxy.internal.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.UnansweredReport;
import org.bianmin.proxy.internal.ProxyCasesComponent;
import org.bianmin.proxy.internal.ProxyReportsComponent;
import org.bianmin.proxy.internal.crypto.PersonalDataVault;
import org.bianmin.proxy.internal.crypto.SingleKey;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.internal.persistence.ProxyEntities;
import org.bianmin.proxy.spi.PersonalDataKeys;
import org.bianmin.testing.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Load test: a ledger of {@code cases} cases over {@code points} points (default
 * 1,000,000 over 3,000 on the database {@code bianmin.test.db} selects; PostgreSQL is the target),
 * then, as sampled latencies (JMH SampleTime gives p50/p99): recording a case through the ledger
 * (SM4-GCM, HMAC-SM3, JPA, transition row, visit row, one transaction) and the "every case
 * answered" report for one township. Raw primitives of the same run: a plain JDBC insert of one
 * case row, and the report's query through plain JDBC. Connections come from a pool (HikariCP, 4
 * connections), as a deployment's pooled {@code DataSourceFactory} provides them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LedgerBenchmark {
    @Param("1000000")
    public long cases;

    @Param("3000")
    public int points;

    private TestDatabase database;
    private HikariDataSource pool;
    private JpaUnit unit;
    private ProxyCasesComponent caseLedger;
    private ProxyReportsComponent reports;
    private String idNumber;
    private int townships;

    @Setup(Level.Trial)
    public void load() throws SQLException {
        database = TestDatabase.create();
        HikariConfig config = new HikariConfig();
        config.setDataSource(database.dataSource());
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        unit = JpaUnit.open(ProxyEntities.settings(pool));
        long start = System.nanoTime();
        LedgerLoad.load(database, points, cases);
        System.out.printf("%nloaded %,d cases over %,d points on %s in %.1f s%n", cases, points, database.kind(),
                (System.nanoTime() - start) / 1e9);
        PersonalDataKeys keys = new PersonalDataKeys() {
            @Override
            public byte[] encryptionKey() {
                return new byte[16];
            }

            @Override
            public byte[] searchKey() {
                return new byte[32];
            }
        };
        caseLedger = new ProxyCasesComponent(unit, LedgerLoad.catalogue(), new PersonalDataVault(new SingleKey(keys, "1"), "1"), () -> null,
                TimeSource.system(), Set.of("agent.bench"), java.time.Duration.ofDays(30));
        reports = new ProxyReportsComponent(unit, LedgerLoad.catalogue(), TimeSource.system(), 4);
        idNumber = "51332219450312002" + IdCardNumber.checkCharacter("51332219450312002");
        townships = (points + LedgerLoad.POINTS_PER_TOWNSHIP - 1) / LedgerLoad.POINTS_PER_TOWNSHIP;
    }

    @TearDown(Level.Trial)
    public void drop() {
        unit.close();
        pool.close();
        database.close();
    }

    private int randomPoint() {
        return ThreadLocalRandom.current().nextInt(points);
    }

    private String randomTownship() {
        return LedgerLoad.townshipCode(ThreadLocalRandom.current().nextInt(townships) * LedgerLoad.POINTS_PER_TOWNSHIP);
    }

    /** Records one case through the ledger API (target p99 ≤ 5 ms). */
    @Benchmark
    public ProxyCase recordCase() {
        int point = randomPoint();
        return caseLedger.receive(new NewCase(LedgerLoad.pointId(point), "a" + point,
                Applicant.of("刘秀英", idNumber, "13812345678"), "LD-MZ-005", Instant.now(), Channel.WALK_IN,
                Set.of(), Set.of()), Actor.of("agent.bench"));
    }

    /** The unanswered-cases report for one township (target ≤ 100 ms). */
    @Benchmark
    public UnansweredReport unansweredReportOneTownship() {
        return reports.unanswered(LedgerScope.township(DivisionCode.of(randomTownship())), LedgerLoad.TODAY);
    }

    /** Raw primitive: one case row inserted by plain JDBC, auto-commit. */
    @Benchmark
    public int rawJdbcInsert() throws SQLException {
        int point = randomPoint();
        try (Connection connection = pool.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO proxy_case (case_id, point_id,"
                        + " township_code, county_code, agent_id, applicant_name, id_cipher, id_index, id_masked,"
                        + " item_code, item_name, handling_place, promised_days, channel, needs, services, special_needs,"
                        + " special_served, case_state, received_at, received_day, answered, visits, row_version)"
                        + " VALUES (?,?,?,'513322',?,'申请人',?,?,'x','LD-MZ-005','高龄津贴发放','便民服务中心',5,"
                        + "'WALK_IN','','',0,0,'RECEIVED',?,?,0,1,1)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, LedgerLoad.pointId(point));
            insert.setString(3, LedgerLoad.townshipCode(point));
            insert.setString(4, "a" + point);
            insert.setBytes(5, new byte[48]);
            insert.setString(6, UUID.randomUUID().toString());
            insert.setObject(7, java.time.LocalDateTime.now());
            insert.setInt(8, (int) LedgerLoad.TODAY.toEpochDay());
            return insert.executeUpdate();
        }
    }

    /** Raw primitive: the report's query by plain JDBC, rows counted. */
    @Benchmark
    public int rawJdbcUnansweredQuery() throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT case_id, point_id, township_code,"
                        + " case_state, received_day, deadline_day, result_day FROM proxy_case WHERE township_code = ?"
                        + " AND answered = 0 AND received_day <= ? ORDER BY received_day, case_id")) {
            query.setString(1, randomTownship());
            query.setInt(2, (int) LedgerLoad.TODAY.toEpochDay());
            int rows = 0;
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }
}
