package org.bianmin.catalogue.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bianmin.catalogue.ApplicationForm;
import org.bianmin.catalogue.BundleDetails;
import org.bianmin.catalogue.BundleList;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.Situation;
import org.bianmin.catalogue.SituationOption;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.csv.CsvInput;
import org.bianmin.internal.csv.CsvOutput;

/**
 * The "高效办成一件事" bundles as CSV (UTF-8, Chinese headers, one row per bundle; format in the module
 * README). Member items, supporting departments are joined with {@code 、}; the situations (情形) are
 * one cell, each {@code 问题|答案=事项、事项|答案=…} and situations separated by {@code ;}; the merged
 * application form (一张表) is three cells, name, document and fields joined by {@code ;}. A {@code \},
 * {@code |}, {@code ;} or {@code =} inside a question, answer or field is escaped with {@code \}.
 * Reading fails with {@code IMPORT_INVALID} naming the line and the column.
 */
public final class BundleCsv {
    /** The header row, in column order. */
    public static final List<String> HEADERS = List.of("一件事编码", "一件事名称", "成员事项", "承诺时限（工作日）", "说明",
            "清单类别", "牵头部门", "配合部门", "情形", "一张表名称", "一张表文件", "一张表填报项");
    private static final String ITEMS = "、";

    private BundleCsv() {
    }

    public static String write(List<ServiceBundle> bundles) {
        CsvOutput out = new CsvOutput().record(HEADERS);
        for (ServiceBundle bundle : bundles) {
            BundleDetails d = bundle.details();
            ApplicationForm form = d.applicationForm();
            List<String> row = new ArrayList<>(HEADERS.size());
            row.add(bundle.code());
            row.add(bundle.name());
            row.add(String.join(ITEMS, bundle.itemCodes()));
            row.add(bundle.promisedDays() == null ? null : bundle.promisedDays().toString());
            row.add(bundle.description());
            row.add(d.list() == null ? null : d.list().label());
            row.add(d.leadDepartment());
            row.add(String.join(ITEMS, d.supportingDepartments()));
            row.add(d.situations().stream().map(BundleCsv::situation).collect(Collectors.joining(";")));
            row.add(form == null ? null : form.name());
            row.add(form == null ? null : form.document());
            row.add(form == null ? null : form.fields().stream().map(BundleCsv::escape).collect(Collectors.joining(";")));
            out.record(row);
        }
        return out.text();
    }

    private static String situation(Situation situation) {
        return escape(situation.question()) + situation.options().stream()
                .map(o -> "|" + escape(o.answer()) + "=" + String.join(ITEMS, o.itemCodes()))
                .collect(Collectors.joining());
    }

    /**
     * The bundles of a CSV text with their line numbers; fails with {@code IMPORT_INVALID} (malformed, or a
     * bundle code twice), naming the line.
     */
    public static List<CsvLine<ServiceBundle>> read(String csv) {
        Csv.Records<ServiceBundle> bundles = new Csv.Records<>(ErrorCode.IMPORT_INVALID, "bundle code");
        for (CsvInput.Row row : Csv.table(csv, HEADERS)) {
            Csv.Cells cells = new Csv.Cells(row, HEADERS);
            List<String> items = cells.parse(2, Csv::entries);
            Integer promised = cells.text(3) == null ? null : cells.parse(3, Integer::parseInt);
            BundleList list = cells.text(5) == null ? null : cells.parse(5, BundleList::parse);
            List<String> supporting = cells.parse(7, Csv::entries);
            List<Situation> situations = cells.parse(8, BundleCsv::situations);
            List<String> fields = cells.parse(11, text -> ItemCsv.split(text, ';').stream().filter(f -> !f.isBlank())
                    .map(ItemCsv::unescape).map(String::strip).toList());
            ApplicationForm form = cells.text(9) == null && cells.text(10) == null && fields.isEmpty() ? null
                    : cells.build(() -> new ApplicationForm(cells.text(9), cells.text(10), fields));
            ServiceBundle bundle = cells.build(() -> new ServiceBundle(cells.text(0), cells.text(1), items, promised,
                    cells.text(4), new BundleDetails(list, cells.text(6), supporting, situations, form)));
            bundles.add(row.line(), bundle.code(), bundle);
        }
        return bundles.list();
    }

    private static List<Situation> situations(String text) {
        List<Situation> situations = new ArrayList<>();
        for (String entry : ItemCsv.split(text, ';')) {
            if (entry.isBlank()) {
                continue;
            }
            List<String> parts = ItemCsv.split(entry, '|');
            List<SituationOption> options = new ArrayList<>();
            for (String part : parts.subList(1, parts.size())) {
                List<String> answer = ItemCsv.split(part, '=');
                if (answer.size() != 2) {
                    throw BianminException.invalid("situation '" + ItemCsv.unescape(parts.get(0)).strip()
                            + "': each answer is 答案=事项、事项 (the items may be empty), got '"
                            + ItemCsv.unescape(part) + "'");
                }
                options.add(new SituationOption(ItemCsv.unescape(answer.get(0)).strip(), Csv.entries(answer.get(1))));
            }
            situations.add(new Situation(ItemCsv.unescape(parts.get(0)).strip(), options));
        }
        return situations;
    }

    private static String escape(String value) {
        return ItemCsv.escape(value).replace("=", "\\=");
    }
}
