package org.bianmin.standards.internal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.bianmin.core.Format;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.SiteReport;
import org.bianmin.standards.internal.SiteChecker;
import org.bianmin.standards.internal.Thresholds;
import org.bianmin.standards.internal.json.SiteDescriptionJson;
import org.bianmin.standards.internal.report.StandardsReports;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The standards check of one site (target ≤ 1 ms). Compared with the raw primitive of the
 * same run, parsing the same JSON into a Jackson tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StandardsCheckBenchmark {
    private static final ReportingPeriod PERIOD = ReportingPeriod.of(LocalDate.of(2021, 10, 1),
            LocalDate.of(2021, 12, 31));

    private final ObjectMapper mapper = new ObjectMapper();
    private SiteChecker checker;
    private StandardsReports reports;
    private String centre;
    private String pilotRoom;

    @Setup
    public void setUp() throws IOException {
        checker = new SiteChecker(Thresholds.plan(), null);
        reports = new StandardsReports(checker, "泸定县");
        centre = resource("/org/bianmin/standards/internal/complete-centre.json");
        pilotRoom = resource("/org/bianmin/standards/pilot/heping-room.json");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = StandardsCheckBenchmark.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A fully described centre: all 26 C-* rules. */
    @Benchmark
    public SiteReport checkCompleteCentre() {
        return checker.check(SiteDescriptionJson.read(centre), PERIOD);
    }

    /** A pilot village room (annex 2): 11 V-* rules. */
    @Benchmark
    public SiteReport checkPilotRoom() {
        return checker.check(SiteDescriptionJson.read(pilotRoom), PERIOD);
    }

    /** The check plus its JSON report. */
    @Benchmark
    public String checkCompleteCentreToJson() {
        return reports.render(checker.check(SiteDescriptionJson.read(centre), PERIOD), Format.JSON, null);
    }

    /** Raw primitive: parsing the centre's JSON into a tree, nothing checked. */
    @Benchmark
    public JsonNode rawParseCentre() throws IOException {
        return mapper.readTree(centre);
    }
}
