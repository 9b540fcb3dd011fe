package org.bianmin.it.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics table of a Gatling report ({@code index.html}; Gatling 3.14 writes its figures
 * only there): one row for all requests ({@code ROOT}) and one per request name, each with its count,
 * failures, throughput and percentiles, in the columns Gatling numbers {@code col-2} to {@code col-14}.
 */
record GatlingReport(Row all, List<Row> requests) {
    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /**
     * One row: requests, failed (KO), requests a second over the run, and the 50th, 95th and 99th
     * percentiles of the response time in milliseconds (Gatling's columns 8, 10 and 11).
     */
    record Row(String name, long requests, long failed, double perSecond, long p50, long p95, long p99) {
    }

    /** The report of a Gatling results folder. */
    static GatlingReport read(Path reportDir) throws IOException {
        return parse(Files.readString(reportDir.resolve("index.html")));
    }

    /** The table of a report page. */
    static GatlingReport parse(String html) {
        Row all = null;
        List<Row> requests = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(2));
            Map<Integer, String> cells = new HashMap<>();
            for (Matcher cell = CELL.matcher(row.group(2)); cell.find();) {
                cells.put(Integer.valueOf(cell.group(1)), cell.group(2).replace(",", "").strip());
            }
            if (!name.find() || !cells.containsKey(11)) {
                continue;
            }
            Row parsed = new Row(name.group(1), number(cells, 2), number(cells, 4),
                    Double.parseDouble(cells.get(6)), number(cells, 8), number(cells, 10), number(cells, 11));
            if (row.group(1).equals("ROOT")) {
                all = parsed;
            } else {
                requests.add(parsed);
            }
        }
        if (all == null) {
            throw new IllegalArgumentException("no statistics table (row ROOT) in the Gatling report");
        }
        return new GatlingReport(all, List.copyOf(requests));
    }

    private static long number(Map<Integer, String> cells, int column) {
        String value = cells.get(column);
        return value == null || value.equals("-") ? 0 : Long.parseLong(value);
    }
}
