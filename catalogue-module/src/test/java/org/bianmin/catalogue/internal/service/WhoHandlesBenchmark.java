package org.bianmin.catalogue.internal.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bianmin.catalogue.HandlingAnswer;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.internal.calendar.CalendarWorkingDays;
import org.bianmin.catalogue.internal.calendar.OfficialCalendar;
import org.bianmin.catalogue.internal.domain.CatalogueSnapshot;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.catalogue.internal.transfer.CatalogueJson;
import org.bianmin.core.DivisionCode;
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
 * The "who handles" query with 20,000 items, 3,000 townships (and 3,000 villages) and
 * 100,000 grants imported into the embedded database, then answered by a fresh engine whose index was
 * loaded from that database. Sample mode gives the percentiles; {@code mapLookup} is the raw primitive
 * (one HashMap lookup of an item among 20,000) measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class WhoHandlesBenchmark {
    static final int TOWNSHIPS = 3_000;
    static final int ITEMS = 20_000;
    static final int GRANTS = 100_000;

    private TestDatabase db;
    private JpaUnit unit;
    private CatalogueItems catalogue;
    private final String[] items = new String[4096];
    private final DivisionCode[] villages = new DivisionCode[4096];
    private final Map<String, ServiceItem> map = new HashMap<>();
    private int next;
    private final LocalDate date = LocalDate.of(2024, 5, 6);

    @Setup(Level.Trial)
    public void load() {
        db = TestDatabase.create();
        unit = CatalogueFixture.open(db);
        CatalogueSnapshot snapshot = SyntheticCatalogue.snapshot(TOWNSHIPS, ITEMS, GRANTS);
        long started = System.nanoTime();
        new CatalogueTransferService(CatalogueFixture.engine(unit, null))
                .importJson(CatalogueJson.write(snapshot), CatalogueFixture.note("基准数据", SyntheticCatalogue.FROM));
        long imported = System.nanoTime();
        CatalogueEngine engine = new CatalogueEngine(unit, org.bianmin.core.spi.TimeSource.system(), () -> null,
                java.time.Duration.ofSeconds(2));
        System.out.printf("%nsetup: imported %d items, %d places, %d grants in %.1f s; index loaded in %.1f s%n",
                ITEMS, snapshot.places().size(), GRANTS, (imported - started) / 1e9, (System.nanoTime() - imported) / 1e9);
        catalogue = new CatalogueItems(engine, new CalendarWorkingDays(List.of(OfficialCalendar.shipped())));
        snapshot.items().forEach(item -> map.put(item.code(), item));
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < items.length; i++) {
            items[i] = SyntheticCatalogue.itemCode(random.nextInt(ITEMS));
            villages[i] = SyntheticCatalogue.village(random.nextInt(TOWNSHIPS));
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        unit.close();
        db.close();
    }

    @Benchmark
    public HandlingAnswer whoHandles() {
        int i = next++ & (items.length - 1);
        return catalogue.whoHandles(items[i], villages[i], date);
    }

    @Benchmark
    public ServiceItem mapLookup() {
        int i = next++ & (items.length - 1);
        return map.get(items[i]);
    }
}
