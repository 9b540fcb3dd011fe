package org.bianmin.catalogue.internal.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.catalogue.DevolutionGrant;
import org.bianmin.catalogue.PowerSource;
import org.bianmin.catalogue.Withdrawal;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.csv.CsvInput;
import org.bianmin.internal.csv.CsvOutput;

/**
 * The devolution grants as CSV (UTF-8, Chinese headers, one row per grant; format in the module
 * README): the county's 赋予乡镇县级行政权力事项目录 as a spreadsheet. Townships are joined with
 * {@code 、}; dates are {@code yyyy-MM-dd}; the three 收回 columns are empty while a grant stands.
 */
public final class GrantCsv {
    /** The header row, in column order; files without the last column (权力来源) are read as 上级下放. */
    public static final List<String> HEADERS = List.of("授权编号", "事项编码", "批次", "乡镇", "发文字号", "生效日期",
            "截止日期", "收回日期", "收回原因", "收回依据", "权力来源");

    private GrantCsv() {
    }

    public static String write(List<DevolutionGrant> grants) {
        CsvOutput out = new CsvOutput().record(HEADERS);
        for (DevolutionGrant grant : grants) {
            Withdrawal withdrawal = grant.withdrawal();
            List<String> row = new ArrayList<>(HEADERS.size());
            row.add(grant.id());
            row.add(grant.itemCode());
            row.add(String.valueOf(grant.batch()));
            row.add(grant.townships().stream().map(DivisionCode::value).collect(Collectors.joining("、")));
            row.add(grant.documentNumber());
            row.add(grant.effectiveFrom().toString());
            row.add(grant.effectiveUntil() == null ? null : grant.effectiveUntil().toString());
            row.add(withdrawal == null ? null : withdrawal.from().toString());
            row.add(withdrawal == null ? null : withdrawal.reason());
            row.add(withdrawal == null ? null : withdrawal.legalBasis());
            row.add(grant.source().label());
            out.record(row);
        }
        return out.text();
    }

    /** The grants of a CSV text; fails with {@code IMPORT_INVALID} naming the line and column. */
    public static List<CsvLine<DevolutionGrant>> read(String csv) {
        Csv.Records<DevolutionGrant> grants = new Csv.Records<>(ErrorCode.IMPORT_INVALID, "grant id");
        for (CsvInput.Row row : Csv.table(csv, HEADERS, HEADERS.size() - 1)) {
            Csv.Cells cells = new Csv.Cells(row, HEADERS);
            int batch = cells.parse(2, Integer::parseInt);
            Set<DivisionCode> townships = cells.parse(3, GrantCsv::townships);
            LocalDate from = cells.parse(5, LocalDate::parse);
            LocalDate until = cells.parse(6, GrantCsv::date);
            LocalDate withdrawnFrom = cells.parse(7, GrantCsv::date);
            PowerSource source = cells.has(10) && cells.text(10) != null ? cells.parse(10, PowerSource::parse) : null;
            Withdrawal withdrawal = withdrawnFrom == null ? null
                    : cells.build(() -> new Withdrawal(withdrawnFrom, cells.text(8), cells.text(9)));
            DevolutionGrant grant = cells.build(() -> new DevolutionGrant(cells.text(0), cells.text(1), batch,
                    townships, cells.text(4), from, until, withdrawal, source));
            grants.add(row.line(), grant.id(), grant);
        }
        return grants.list();
    }

    private static Set<DivisionCode> townships(String text) {
        Set<DivisionCode> codes = new LinkedHashSet<>();
        Csv.entries(text).forEach(entry -> codes.add(new DivisionCode(entry)));
        return codes;
    }

    private static LocalDate date(String text) {
        return text.isBlank() ? null : LocalDate.parse(text);
    }
}
