package org.bianmin.proxy.internal;

import static org.bianmin.internal.text.CsvWriter.field;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.bianmin.internal.text.CsvWriter;
import org.bianmin.proxy.ProxyCase;

/**
 * The proxy ledger as CSV (RFC 4180): one line per case, personal data only in its masked form,
 * every field written by the shared {@link CsvWriter} (quoted where needed, formulas neutralised).
 */
final class LedgerCsv {
    static final String HEADER = "case_id,point_id,township,received_at,item_code,item_name,applicant,id_number,"
            + "phone,channel,special_needs,special_service,state,deadline,visits,rating,recorded_late,late_reason";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LedgerCsv() {
    }

    static String write(List<ProxyCase> cases, ZoneId zone) {
        StringBuilder csv = new StringBuilder(HEADER.length() + cases.size() * 200).append(HEADER).append("\r\n");
        for (ProxyCase c : cases) {
            csv.append(String.join(",", field(c.id()), field(c.pointId()), field(c.township().value()),
                    field(TIME.format(c.receivedAt().atZone(zone))), field(c.itemCode()), field(c.itemName()),
                    field(c.applicantName()), field(c.maskedIdNumber()), field(c.maskedPhone()),
                    field(c.channel().name()), field(names(c.needs())), field(names(c.services())),
                    field(c.state().name()), field(c.deadline() == null ? null : c.deadline().toString()),
                    Integer.toString(c.visits()), c.rating() == null ? "" : c.rating().toString(),
                    c.recordedLate() ? "1" : "0", field(c.lateReason()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }
}
