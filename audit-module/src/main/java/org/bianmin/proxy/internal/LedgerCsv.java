package org.bianmin.proxy.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.bianmin.proxy.ProxyCase;

/**
 * The proxy ledger as CSV (RFC 4180): one line per case, personal data only in its masked form.
 */
final class LedgerCsv {
    static final String HEADER = "case_id,point_id,township,received_at,item_code,item_name,applicant,id_number,"
            + "phone,channel,special_needs,special_service,state,deadline,visits,rating";
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
                    Integer.toString(c.visits()), c.rating() == null ? "" : c.rating().toString())).append("\r\n");
        }
        return csv.toString();
    }

    private static String names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }

    /** A field, quoted when it holds a comma, quote or line break; a leading formula character is neutralised. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
