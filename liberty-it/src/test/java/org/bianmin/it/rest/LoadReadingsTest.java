package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the load summary reads: a Gatling report's statistics table and a process's CPU time. */
class LoadReadingsTest {
    /** A report's totals row with 3 of 1,204 requests failed. */
    private static final String FAILED_THREE = """
                <tr id="ROOT" ><td class="total col-1"><span class="ellipsed-name">All Requests</span></td>
                  <td class="value total col-2">1,204</td><td class="value ok col-3">1,201</td>
                  <td class="value ko col-4">3</td><td class="value ko col-5">0</td>
                  <td class="value total col-6">40.13</td><td class="value total col-7">12</td>
                  <td class="value total col-8">150</td><td class="value total col-9">300</td>
                  <td class="value total col-10">1,020</td><td class="value total col-11">2,001</td>
                  <td class="value total col-12">2500</td></tr>""";

    @Test
    void theReportsTableGivesCountsThroughputAndPercentiles() throws IOException {
        GatlingReport report = GatlingReport.parse(resource("gatling-report.html"));
        assertEquals(new GatlingReport.Row("All Requests", 32, 0, 5.33, 719, 3064, 3224), report.all());
        assertEquals(List.of(new GatlingReport.Row("audit entry proof", 16, 0, 2.67, 2837, 3224, 3224),
                new GatlingReport.Row("audit inclusion proof", 16, 0, 2.67, 719, 1066, 1066)), report.requests());
    }

    @Test
    void failedRequestsAndThousandsAreRead() {
        assertEquals(new GatlingReport.Row("All Requests", 1204, 3, 40.13, 150, 1020, 2001),
                GatlingReport.parse(FAILED_THREE).all());
    }

    /** The warm-up is not in the table, but a request that failed there fails the run. */
    @Test
    void aFailedRequestOfTheWarmUpFailsTheRun(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("gatling");
        Path readings = dir.resolve("load");
        Path classes = dir.resolve("classes");
        Path warmUp = dir.resolve("gatling-warm-up");
        page(results.resolve("whohandlessimulation-20261207201103313"), resource("gatling-report.html"));
        Files.createDirectories(readings);
        Files.writeString(readings.resolve("whohandlessimulation.properties"),
                "serverCpuSeconds=1.5\nwallSeconds=60\nloadBefore=1\nloadAfter=2\n");
        Files.createDirectories(classes.resolve("org/bianmin/it/rest"));
        Files.write(classes.resolve("org/bianmin/it/rest/WhoHandlesSimulation.class"), new byte[0]);
        String[] args = {results.toString(), readings.toString(), classes.toString(), warmUp.toString()};

        page(warmUp.resolve("loadwarmup-20261207195355382"), resource("gatling-report.html"));
        LoadSummary.main(args);

        page(warmUp.resolve("loadwarmup-20261207200431690"), FAILED_THREE);
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> LoadSummary.main(args));
        assertTrue(failed.getMessage().contains("the warm-up: 3 failed requests"), failed.getMessage());
    }

    private static void page(Path report, String html) throws IOException {
        Files.createDirectories(report);
        Files.writeString(report.resolve("index.html"), html);
    }

    @Test
    void aPageWithoutTheTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GatlingReport.parse("<html><body>no run</body></html>"));
    }

    @Test
    void cpuSecondsAreUserAndSystemTicks() {
        // /proc/<pid>/stat of a process whose command has a space and a ")" in it: utime 1234, stime 566
        String stat = "459 (java (x) y) S 1 459 1 0 -1 4194560 100 0 0 0 1234 566 0 0 20 0 90 0 1000 1 1";
        assertEquals(18.0, ServerCpu.secondsOf(stat), 1e-9);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LoadReadingsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
