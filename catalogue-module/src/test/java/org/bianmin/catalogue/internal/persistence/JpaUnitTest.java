package org.bianmin.catalogue.internal.persistence;

import org.bianmin.internal.persistence.Dialect;
import org.bianmin.internal.persistence.JpaUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.testing.CountingDataSource;
import org.bianmin.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The persistence bootstrap on whichever database {@code bianmin.test.db} selects. */
class JpaUnitTest {
    private TestDatabase database;
    private JpaUnit unit;

    @BeforeEach
    void open() {
        database = TestDatabase.create();
        unit = JpaUnit.open(settings());
    }

    @AfterEach
    void close() {
        unit.close();
        database.close();
    }

    private JpaUnit.Settings settings() {
        return new JpaUnit.Settings("catalogue", database.dataSource(), "catalogue_schema_history",
                "org/bianmin/catalogue/internal/db", List.of(PlaceEntity.class));
    }

    @Test
    void migratesAndStoresChineseNamesAndInstants() {
        Instant created = Instant.parse("2021-06-01T08:30:15.123456Z");
        unit.run(manager -> manager.persist(
                new PlaceEntity("513322100", "兴隆镇", "TOWNSHIP", "513322", created)));

        PlaceEntity read = unit.inTransaction(manager -> manager.find(PlaceEntity.class, "513322100"));

        assertEquals("兴隆镇", read.placeName());
        assertEquals("513322", read.parentCode());
        assertEquals(created.truncatedTo(ChronoUnit.MICROS), read.createdAt());
        assertEquals(expectedDialect(), unit.dialect());
    }

    @Test
    void aFailedUnitOfWorkWritesNothing() {
        BianminException failure = assertThrows(BianminException.class, () -> unit.run(manager -> {
            manager.persist(new PlaceEntity("513322100", "兴隆镇", "TOWNSHIP", "513322", Instant.now()));
            manager.flush();
            manager.persist(new PlaceEntity("513322101", null, "TOWNSHIP", "513322", Instant.now()));
        }));

        assertEquals(ErrorCode.STORAGE_FAILURE, failure.code());
        long count = unit.inTransaction(manager ->
                manager.createQuery("SELECT COUNT(p) FROM PlaceEntity p", Long.class).getSingleResult());
        assertEquals(0, count);
    }

    @Test
    void aDomainRefusalPassesThroughAndRollsBack() {
        BianminException refusal = new BianminException(ErrorCode.PLACE_NOT_FOUND, "no such place");
        BianminException thrown = assertThrows(BianminException.class, () -> unit.run(manager -> {
            manager.persist(new PlaceEntity("513322100", "兴隆镇", "TOWNSHIP", "513322", Instant.now()));
            manager.flush();
            throw refusal;
        }));

        assertSame(refusal, thrown);
        assertNull(unit.inTransaction(manager -> manager.find(PlaceEntity.class, "513322100")));
    }

    /**
     * The database stops in the middle of a unit of work: the work fails, and so does the rollback
     * on the broken connection; the caller sees STORAGE_FAILURE (the REST layer's 503), never the
     * rollback's own failure. While the database is away a unit of work fails the same way at once;
     * once it is back, the same unit works again and holds nothing of the broken one.
     */
    @Test
    void aDatabaseThatGoesAwayMidWorkIsAStorageFailureAndTheUnitWorksAgainOnceItIsBack() throws Exception {
        UnreachableDatabase reachable = new UnreachableDatabase(database.dataSource());
        unit.close();
        unit = JpaUnit.open(new JpaUnit.Settings("catalogue", reachable.dataSource(), "catalogue_schema_history",
                "org/bianmin/catalogue/internal/db", List.of(PlaceEntity.class)));

        BianminException broken = assertThrows(BianminException.class, () -> unit.run(manager -> {
            manager.persist(new PlaceEntity("513322100", "兴隆镇", "TOWNSHIP", "513322", Instant.now()));
            manager.flush();
            try {
                reachable.goAway();
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            manager.persist(new PlaceEntity("513322101", "杵坭乡", "TOWNSHIP", "513322", Instant.now()));
            manager.flush();
        }));
        assertEquals(ErrorCode.STORAGE_FAILURE, broken.code());

        BianminException refused = assertThrows(BianminException.class,
                () -> unit.inTransaction(manager -> manager.find(PlaceEntity.class, "513322100")));
        assertEquals(ErrorCode.STORAGE_FAILURE, refused.code());

        reachable.comeBack();
        long count = unit.inTransaction(manager ->
                manager.createQuery("SELECT COUNT(p) FROM PlaceEntity p", Long.class).getSingleResult());
        assertEquals(0, count);
    }

    /**
     * A unit of work reads through one connection, the one it writes through: not one from the
     * pool for each query before its first write, each validated by a production pool, each reading
     * at its own moment.
     */
    @Test
    void aUnitOfWorkTakesOneConnectionForAllItsQueries() {
        CountingDataSource counting = new CountingDataSource(database.dataSource());
        try (JpaUnit counted = JpaUnit.open(new JpaUnit.Settings("catalogue", counting.dataSource(),
                "catalogue_schema_history", "org/bianmin/catalogue/internal/db", List.of(PlaceEntity.class)))) {
            counted.run(manager -> manager.persist(
                    new PlaceEntity("513322100", "兴隆镇", "TOWNSHIP", "513322", Instant.now())));
            int before = counting.connections();

            long found = counted.inTransaction(manager -> {
                manager.find(PlaceEntity.class, "513322100");
                manager.find(PlaceEntity.class, "513322101");
                return manager.createQuery("SELECT COUNT(p) FROM PlaceEntity p", Long.class).getSingleResult();
            });

            assertEquals(1, found);
            assertEquals(1, counting.connections() - before, "three reads, one connection");
        }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() {
        unit.run(manager -> manager.persist(
                new PlaceEntity("513322", "泸定县", "COUNTY", null, Instant.now())));
        unit.close();

        unit = JpaUnit.open(settings());

        assertEquals("泸定县", unit.inTransaction(manager -> manager.find(PlaceEntity.class, "513322")).placeName());
    }

    @Test
    void insertIfAbsentInsertsAMissingRow() {
        unit.insertIfAbsent(PlaceEntity.class, "513322100",
                () -> new PlaceEntity("513322100", "兴隆镇", "TOWNSHIP", "513322", Instant.now()));

        assertEquals("兴隆镇", unit.inTransaction(manager -> manager.find(PlaceEntity.class, "513322100")).placeName());
    }

    @Test
    void insertIfAbsentLeavesAPresentRowAsItIs() {
        unit.run(manager -> manager.persist(new PlaceEntity("513322100", "兴隆镇", "TOWNSHIP", "513322", Instant.now())));

        unit.insertIfAbsent(PlaceEntity.class, "513322100",
                () -> new PlaceEntity("513322100", "另一个名字", "TOWNSHIP", "513322", Instant.now()));

        assertEquals("兴隆镇", unit.inTransaction(manager -> manager.find(PlaceEntity.class, "513322100")).placeName());
    }

    @Test
    void insertIfAbsentStandsWhenAnotherNodeInsertedTheRowMeanwhile() {
        unit.insertIfAbsent(PlaceEntity.class, "513322100", () -> {
            // the other node commits the row after this one looked and before this one commits
            unit.run(manager -> manager.persist(
                    new PlaceEntity("513322100", "兴隆镇", "TOWNSHIP", "513322", Instant.now())));
            return new PlaceEntity("513322100", "另一个名字", "TOWNSHIP", "513322", Instant.now());
        });

        assertEquals("兴隆镇", unit.inTransaction(manager -> manager.find(PlaceEntity.class, "513322100")).placeName());
    }

    @Test
    void insertIfAbsentFailsWhenTheInsertFailsAndNoRowIsThere() {
        BianminException failure = assertThrows(BianminException.class, () -> unit.insertIfAbsent(PlaceEntity.class,
                "513322100", () -> new PlaceEntity("513322100", null, "TOWNSHIP", "513322", Instant.now())));

        assertEquals(ErrorCode.STORAGE_FAILURE, failure.code());
        assertNull(unit.inTransaction(manager -> manager.find(PlaceEntity.class, "513322100")));
    }

    private static Dialect expectedDialect() {
        return switch (TestDatabase.Kind.selected()) {
            case H2 -> Dialect.H2;
            case POSTGRESQL -> Dialect.POSTGRESQL;
            case MARIADB -> Dialect.MARIADB;
        };
    }
}
