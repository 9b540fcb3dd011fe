package org.bianmin.proxy.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import org.bianmin.catalogue.Deadline;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bianmin.audit.AuditTrail;
import org.bianmin.audit.spi.AuditOutbox;
import org.bianmin.audit.spi.OutboxRecord;
import org.bianmin.internal.outbox.AuditOutboxTable;
import org.bianmin.proxy.internal.persistence.ProxyAuditOutbox;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.AgentRole;
import org.bianmin.proxy.Applicant;
import org.bianmin.proxy.Channel;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PointKind;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.SpecialNeed;
import org.bianmin.proxy.SpecialService;
import org.bianmin.proxy.internal.catalogue.CatalogueTerms;
import org.bianmin.proxy.internal.catalogue.ItemTerms;
import org.bianmin.proxy.internal.crypto.PersonalDataVault;
import org.bianmin.proxy.internal.crypto.SingleKey;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.proxy.internal.persistence.ProxyEntities;
import org.bianmin.proxy.spi.PersonalDataKeys;
import org.bianmin.testing.TestDatabase;

/**
 * The proxy ledger's services on a fresh test database (H2, PostgreSQL or MariaDB per {@code bianmin.test.db}),
 * with a stubbed catalogue (Mockito), a mocked audit trail, a settable clock and two points in two
 * townships of Luding.
 */
final class LedgerFixture implements AutoCloseable {
    static final ZoneId CHINA = TimeSource.CHINA;
    static final Actor AGENT = Actor.of("agent.zhang");
    static final Actor CENTRE = Actor.of("centre.li");
    static final Actor SUPERVISOR = Actor.of("supervisor.liu");
    /** The logins configured county-wide; tests of reach bind other logins to points and townships. */
    static final java.time.Duration LATE_ENTRY_WINDOW = java.time.Duration.ofDays(30);
    static final Set<String> COUNTY_WIDE = Set.of(AGENT.id(), CENTRE.id(), SUPERVISOR.id());
    static final ProxyPoint HEPING = new ProxyPoint("heping", "兴隆镇和平村便民服务室", PointKind.SERVICE_ROOM,
            DivisionCode.of("513322102201"));
    static final ProxyPoint CHUNI = new ProxyPoint("chuni", "冷碛镇杵坭村便民服务室", PointKind.SERVICE_ROOM,
            DivisionCode.of("513322101203"));
    static final String ITEM = "513322-ELDER-SUBSIDY";
    static final List<String> MATERIALS = List.of("居民身份证", "户口簿", "银行卡（一卡通）");

    final TestDatabase database;
    final javax.sql.DataSource dataSource;
    final JpaUnit unit;
    final CatalogueTerms catalogue = mock(CatalogueTerms.class);
    final AuditTrail trail = mock(AuditTrail.class);
    final AtomicReference<Instant> clock = new AtomicReference<>(at(2021, 11, 1, 9));
    final TimeSource time = clock::get;
    final ProxyPointsComponent points;
    final ProxyCasesComponent cases;
    final ProxyReportsComponent reports;
    final PointLedgersComponent ledgers;

    LedgerFixture() {
        this(true);
    }

    LedgerFixture(boolean withTrail) {
        this(TestDatabase.create(), null, withTrail);
    }

    /** A ledger on {@code dataSource} (e.g. embedded Derby), which the caller owns. */
    LedgerFixture(javax.sql.DataSource dataSource) {
        this(null, dataSource, true);
    }

    private LedgerFixture(TestDatabase database, javax.sql.DataSource other, boolean withTrail) {
        this.database = database;
        this.dataSource = database != null ? database.dataSource() : other;
        this.unit = JpaUnit.open(ProxyEntities.settings(dataSource));
        when(catalogue.item(eq(ITEM), any(), any())).thenAnswer(call -> new ItemTerms(ITEM, "高龄津贴申领",
                "泸定县兴隆镇便民服务中心", 5, MATERIALS));
        when(catalogue.item(eq("NO-SUCH-ITEM"), any(), any())).thenThrow(
                new BianminException(ErrorCode.ITEM_NOT_FOUND, "no item NO-SUCH-ITEM in the catalogue"));
        when(catalogue.deadline(any(), anyInt())).thenAnswer(call -> new Deadline(weekdaysAfter(call.getArgument(0),
                call.getArgument(1)), false));
        when(catalogue.isWorkingDay(any())).thenAnswer(call -> weekday(call.getArgument(0)));
        integrateByAppending(trail);
        points = new ProxyPointsComponent(unit, () -> withTrail ? trail : null, time, COUNTY_WIDE);
        cases = new ProxyCasesComponent(unit, catalogue, new PersonalDataVault(new SingleKey(testKeys(), "1"), "1"),
                () -> withTrail ? trail : null, time, COUNTY_WIDE, LATE_ENTRY_WINDOW);
        reports = new ProxyReportsComponent(unit, catalogue, time, 4);
        ledgers = new PointLedgersComponent(unit);
        points.registerPoint(HEPING, CENTRE);
        points.registerPoint(CHUNI, CENTRE);
        points.registerAgent(new Agent("zhang", "heping", "张华", AgentRole.CLERK), CENTRE);
        points.registerAgent(new Agent("wang", "chuni", "王强", AgentRole.GRID_WORKER), CENTRE);
    }

    /**
     * Makes the mock trail integrate the ledger's outbox the way the real one does, one
     * {@code append} per waiting event, then {@code integrated}; a trail that refuses an append
     * leaves the events waiting.
     */
    private static void integrateByAppending(AuditTrail trail) {
        lenient().when(trail.integrate(any())).thenAnswer(call -> {
            AuditOutbox outbox = call.getArgument(0);
            List<OutboxRecord> pending = outbox.pending(1_000);
            pending.forEach(record -> trail.append(record.event()));
            outbox.integrated(pending.stream().map(OutboxRecord::id).toList());
            return pending.size();
        });
    }

    /** The events waiting in the ledger's audit outbox. */
    List<OutboxRecord> pendingAudit() {
        return new AuditOutboxTable(unit, ProxyAuditOutbox.SOURCE).pending(1_000);
    }

    /** The applicant rates the case with the code an agent issued for their receipt. */
    org.bianmin.proxy.ProxyCase rateAsApplicant(String caseId, int stars, String comment) {
        return cases.rateByApplicant(cases.issueRatingCode(caseId, AGENT).code(), stars, comment);
    }

    static PersonalDataKeys testKeys() {
        return new PersonalDataKeys() {
            @Override
            public byte[] encryptionKey() {
                return "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }

            @Override
            public byte[] searchKey() {
                return "search-key-for-tests-only-32byte".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            }
        };
    }

    static boolean weekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate weekdaysAfter(LocalDate start, int days) {
        LocalDate date = start;
        for (int counted = 0; counted < days;) {
            date = date.plusDays(1);
            if (weekday(date)) {
                counted++;
            }
        }
        return date;
    }

    static Instant at(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).atZone(CHINA).toInstant();
    }

    /** A valid GB 11643 number from 17 digits. */
    static String idNumber(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    static final String ID = idNumber("51332219450312002");
    static final String PHONE = "13812345678";

    NewCase walkIn(String point, String agent) {
        return new NewCase(point, agent, Applicant.of("刘秀英", ID, PHONE), ITEM, clock.get(), Channel.WALK_IN,
                Set.of(), Set.of());
    }

    NewCase homeVisitForElderly() {
        return new NewCase("heping", "zhang", Applicant.of("杨德明", idNumber("51332219380101001"), null), ITEM,
                clock.get(), Channel.HOME_VISIT, Set.of(SpecialNeed.ELDERLY), Set.of(SpecialService.HOME_SERVICE));
    }

    void setClock(int year, int month, int day) {
        clock.set(at(year, month, day, 10));
    }

    long count(String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        unit.close();
        if (database != null) {
            database.close();
        }
    }
}
