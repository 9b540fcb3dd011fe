package org.bianmin.catalogue.internal.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bianmin.catalogue.ImportReport;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.catalogue.internal.transfer.CatalogueJson;
import org.bianmin.catalogue.internal.transfer.ItemCsv;
import org.bianmin.testing.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing 20,000 items into a fresh embedded database (target ≤ 10 s), from JSON and from CSV:
 * parsing, validation against the staged index, one revision row and one change record per item, all
 * in one transaction. {@code rawJdbcInsert} is the raw primitive: the same 40,000 rows written with
 * plain JDBC batches in one transaction, measured in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class ImportBenchmark {
    static final int ITEMS = 20_000;

    private final List<ServiceItem> items = SyntheticCatalogue.items(ITEMS);
    private final String json = CatalogueJson.write(new CatalogueSnapshot(SyntheticCatalogue.FROM, List.of(),
            List.of(), items, List.of(), List.of()));
    private final String csv = ItemCsv.write(items);
    private TestDatabase db;
    private JpaUnit unit;
    private CatalogueTransferService transfer;

    @Setup(Level.Invocation)
    public void freshDatabase() {
        db = TestDatabase.create();
        unit = CatalogueFixture.open(db);
        transfer = new CatalogueTransferService(CatalogueFixture.engine(unit, null));
    }

    @TearDown(Level.Invocation)
    public void dropDatabase() {
        unit.close();
        db.close();
    }

    @Benchmark
    public ImportReport importJson() {
        return check(transfer.importJson(json, CatalogueFixture.note("导入", LocalDate.of(2022, 1, 1))));
    }

    @Benchmark
    public ImportReport importCsv() {
        return check(transfer.importItemsCsv(csv, CatalogueFixture.note("导入", LocalDate.of(2022, 1, 1))));
    }

    @Benchmark
    public int rawJdbcInsert() throws SQLException {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement change = connection.prepareStatement("INSERT INTO cat_change (change_seq, "
                    + "change_kind, subject, reason, legal_basis, effective_on, actor_id, recorded_at) "
                    + "VALUES (?, 'ITEM_ADDED', ?, 'r', 'b', '2022-01-01', 'a', CURRENT_TIMESTAMP)");
                    PreparedStatement revision = connection.prepareStatement("INSERT INTO cat_item_revision "
                            + "(change_seq, item_code, valid_from, removed, item_name, body) "
                            + "VALUES (?, ?, '2022-01-01', FALSE, ?, ?)")) {
                for (int i = 0; i < ITEMS; i++) {
                    ServiceItem item = items.get(i);
                    change.setLong(1, i + 1);
                    change.setString(2, item.code());
                    change.addBatch();
                    revision.setLong(1, i + 1);
                    revision.setString(2, item.code());
                    revision.setString(3, item.name());
                    revision.setString(4, CatalogueJson.itemJson(item));
                    revision.addBatch();
                    if (i % 1000 == 999) {
                        change.executeBatch();
                        revision.executeBatch();
                    }
                }
                change.executeBatch();
                revision.executeBatch();
            }
            connection.commit();
        }
        return ITEMS;
    }

    private static ImportReport check(ImportReport report) {
        if (report.itemsAdded() != ITEMS) {
            throw new IllegalStateException("imported " + report);
        }
        return report;
    }
}
