package org.bianmin.proxy.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bianmin.internal.csv.CsvOutput;
import org.bianmin.proxy.ProxyCase;

/**
 * The proxy ledger as CSV (RFC 4180): one line per case, personal data only in its masked form,
 * every record written by the shared {@link CsvOutput} (quoted where needed, formulas neutralised).
 */
final class LedgerCsv {
    static final String HEADER = "case_id,point_id,township,received_at,item_code,item_name,applicant,id_number,"
            + "phone,channel,special_needs,special_service,state,deadline,visits,rating,recorded_late,late_reason";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LedgerCsv() {
    }

    static String write(List<ProxyCase> cases, ZoneId zone) {
        CsvOutput csv = new CsvOutput().record(List.of(HEADER.split(",")));
        for (ProxyCase c : cases) {
            csv.record(Arrays.asList(c.id(), c.pointId(), c.township().value(),
                    TIME.format(c.receivedAt().atZone(zone)), c.itemCode(), c.itemName(),
                    c.applicantName(), c.maskedIdNumber(), c.maskedPhone(),
                    c.channel().name(), names(c.needs()), names(c.services()),
                    c.state().name(), c.deadline() == null ? null : c.deadline().toString(),
                    Integer.toString(c.visits()), c.rating() == null ? null : c.rating().toString(),
                    c.recordedLate() ? "1" : "0", c.lateReason()));
        }
        return csv.text();
    }

    private static String names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }
}
