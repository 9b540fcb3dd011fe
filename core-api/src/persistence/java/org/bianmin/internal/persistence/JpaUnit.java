package org.bianmin.internal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * One module's persistence: migrates the schema with Flyway, then builds an EclipseLink
 * EntityManagerFactory over the same data source, and runs each unit of work in one transaction.
 * Schema changes are versioned migrations under {@code location}, never generated DDL, so a
 * deployed database can be upgraded.
 *
 * <p>This package is not API: bnd copies it privately into each implementation bundle
 * ({@code -conditionalpackage}), so every bundle has its own copy and none exports it.
 *
 * <pre>{@code
 * JpaUnit unit = JpaUnit.open(new JpaUnit.Settings("audit", dataSource,
 *         "audit_schema_history", "org/bianmin/audit/internal/db", List.of(EntryRow.class)));
 * unit.inTransaction(em -> em.find(HeadRow.class, HeadRow.ID));
 * }</pre>
 */
public final class JpaUnit implements AutoCloseable {

    /**
     * What a module's persistence consists of.
     *
     * @param name          the persistence unit's name
     * @param dataSource    where the tables live
     * @param historyTable  the Flyway history table of this module
     * @param location      the class-path folder of this module's migrations
     * @param entities      the entity classes
     */
    public record Settings(String name, DataSource dataSource, String historyTable, String location,
            List<Class<?>> entities) {
        public Settings {
            entities = List.copyOf(entities);
        }
    }

    /** PostgreSQL's SQLSTATE for a full disk ({@code disk_full}). */
    private static final String DISK_FULL = "53100";
    private static final System.Logger LOG = System.getLogger(JpaUnit.class.getName());

    private final EntityManagerFactory factory;
    private final Dialect dialect;
    private final Map<EntityManager, Set<Runnable>> afterCommit =
            Collections.synchronizedMap(new IdentityHashMap<>());
    private final String databaseUrl;

    private JpaUnit(EntityManagerFactory factory, Dialect dialect, String databaseUrl) {
        this.factory = factory;
        this.dialect = dialect;
        this.databaseUrl = databaseUrl;
    }

    /** Migrates the schema to the newest version and opens the unit. */
    public static JpaUnit open(Settings settings) {
        ClassLoader loader = JpaUnit.class.getClassLoader();
        Dialect dialect = Dialect.of(settings.dataSource());
        String databaseUrl = urlOf(settings.dataSource());
        migrate(settings, dialect, loader);
        List<String> names = Stream.concat(Stream.of(InstantConverter.class), settings.entities().stream())
                .map(Class::getName)
                .toList();
        UnitInfo info = new UnitInfo(settings.name(), settings.dataSource(), names, loader);
        Map<String, Object> properties = Map.of(
                "eclipselink.weaving", "false",
                // EclipseLink shares one session between units of the same name in a JVM: two
                // nodes (or two databases) in one process would write through the first one's
                "eclipselink.session-name", settings.name() + "-" + UUID.randomUUID(),
                "eclipselink.ddl-generation", "none",
                "eclipselink.session.customizer", SessionRules.class.getName(),
                "eclipselink.cache.shared.default", "false",
                "eclipselink.jdbc.batch-writing", "JDBC",
                // a unit of work reads and writes through the one connection it takes when it
                // begins, not one from the pool for each query before its first write
                "eclipselink.transaction.join-existing", "true",
                // sequence numbers, tree sizes and node indexes start at 0: zero is a valid id
                "eclipselink.id-validation", "NULL",
                "eclipselink.logging.level", "WARNING",
                "eclipselink.classloader", loader);
        EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(info, properties);
        return new JpaUnit(factory, dialect, databaseUrl);
    }

    private static String urlOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE,
                    "cannot connect to the database: " + e.getMessage(), e);
        }
    }

    private static void migrate(Settings settings, Dialect dialect, ClassLoader loader) {
        try {
            Flyway.configure(loader)
                    .dataSource(settings.dataSource())
                    .table(settings.historyTable())
                    .locations("classpath:" + settings.location())
                    .placeholders(dialect.placeholders())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new BianminException(ErrorCode.STORAGE_FAILURE,
                    "cannot migrate the " + settings.name() + " schema: " + e.getMessage(), e);
        }
    }

    /** The database this unit runs on. */
    public Dialect dialect() {
        return dialect;
    }

    /** The database's JDBC URL as its driver reports it (e.g. to tell an in-memory database). */
    public String databaseUrl() {
        return databaseUrl;
    }

    /**
     * Runs {@code work} in one transaction, on one connection held from its start to its end, and
     * returns its result. On any failure the transaction rolls back whole; a
     * {@link BianminException} passes through, a persistence failure becomes
     * {@link ErrorCode#STORAGE_FAILURE}: a refused change as much as a database that cannot be
     * reached or whose connection broke (EclipseLink then throws its own exception, not always a
     * {@link PersistenceException}, with the driver's {@link SQLException} as its cause), with a
     * message that names a full disk as such. A rollback that fails as well (the connection is gone,
     * and the database rolls back what it ends) never hides the first failure.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager manager = factory.createEntityManager();
        EntityTransaction transaction = manager.getTransaction();
        Set<Runnable> actions = new LinkedHashSet<>();
        afterCommit.put(manager, actions);
        T result;
        try {
            transaction.begin();
            result = work.apply(manager);
            transaction.commit();
        } catch (BianminException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!isStorageFailure(e)) {
                throw e;
            }
            throw new BianminException(ErrorCode.STORAGE_FAILURE, refusal(e), e);
        } finally {
            rollbackIfActive(transaction);
            afterCommit.remove(manager);
            manager.close();
        }
        actions.forEach(JpaUnit::runCommitted);
        return result;
    }

    /** A JPA failure, or any failure the JDBC driver or pool caused (an {@link SQLException} among its causes). */
    private static boolean isStorageFailure(Throwable failure) {
        return failure instanceof PersistenceException || causes(failure).anyMatch(SQLException.class::isInstance);
    }

    private static void rollbackIfActive(EntityTransaction transaction) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the rollback failed too, the connection is likely gone (the"
                    + " database rolls back a transaction whose session ends): " + rootMessage(e));
        }
    }

    /**
     * Runs {@code action} once the transaction of {@code manager} (one of this unit's
     * {@link #inTransaction}) has committed and its connection is back in the pool, never when it
     * rolls back. The same action registered twice in one transaction runs once. A failure of the
     * action is logged and does not undo or fail the committed change.
     */
    public void afterCommit(EntityManager manager, Runnable action) {
        Set<Runnable> actions = afterCommit.get(manager);
        if (actions == null) {
            throw new IllegalStateException("afterCommit needs an entity manager of this unit's inTransaction");
        }
        actions.add(action);
    }

    private static void runCommitted(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "an action after a commit failed; the change stands: "
                    + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction. */
    public void run(Consumer<EntityManager> work) {
        inTransaction(manager -> {
            work.accept(manager);
            return null;
        });
    }

    /**
     * Inserts the row that {@code row} makes under {@code id} unless there is one; safe when several
     * nodes do it at once: a failed insert stands as done when the row is then found (another node
     * made it), and fails as {@link #inTransaction} does otherwise.
     */
    public <E> void insertIfAbsent(Class<E> type, Object id, Supplier<E> row) {
        try {
            run(manager -> {
                if (manager.find(type, id) == null) {
                    manager.persist(row.get());
                }
            });
        } catch (BianminException e) {
            if (inTransaction(manager -> manager.find(type, id)) == null) {
                throw e;
            }
        }
    }

    /** The factory, for callers that manage their own entity managers (e.g. benchmarks). */
    public EntityManagerFactory factory() {
        return factory;
    }

    @Override
    public void close() {
        factory.close();
    }

    /**
     * What a refused change tells a person: a database whose disk is full (SQLSTATE 53100,
     * {@code disk_full}, PostgreSQL manual Appendix A) says so and what to do, any other refusal
     * gives the database's own reason.
     */
    private static String refusal(Throwable failure) {
        if (DISK_FULL.equals(sqlState(failure))) {
            return "the database has no space left on its disk, nothing was written; free space on the database"
                    + " server and try again (" + rootMessage(failure) + ")";
        }
        return "the database refused the change or could not be reached, nothing was written: "
                + rootMessage(failure);
    }

    /**
     * The SQLSTATE (ISO/IEC 9075-2 §24.1) the database gave for {@code failure}: that of the first
     * {@link SQLException} among its causes that has one; null when none has.
     */
    public static String sqlState(Throwable failure) {
        return causes(failure).filter(SQLException.class::isInstance).map(cause -> ((SQLException) cause).getSQLState())
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** {@code failure} and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull,
                cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
