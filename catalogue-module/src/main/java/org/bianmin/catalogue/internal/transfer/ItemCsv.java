package org.bianmin.catalogue.internal.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bianmin.catalogue.Fee;
import org.bianmin.catalogue.ItemType;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialDetails;
import org.bianmin.catalogue.MaterialForm;
import org.bianmin.catalogue.MaterialNecessity;
import org.bianmin.catalogue.MaterialSource;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.internal.csv.CsvInput;
import org.bianmin.internal.csv.CsvOutput;

/**
 * The items as CSV (UTF-8, Chinese headers, one row per item; format in the module README). Levels are
 * joined with {@code 、}; materials are one cell, each material {@code 名称|形式|份数|要求|样表} and
 * materials separated by {@code ;}, where 要求 is {@code 必需} or {@code 条件:<condition>} and
 * {@code \}, {@code |} and {@code ;} inside a value are escaped with {@code \}; a material with details
 * has six more parts {@code 来源|必要性|电子|纸张规格|空白表格|设定依据}, where 必要性 is 必要, 容缺 or 非必要
 * (是 and 否, as files written before said 容缺 or not, are read as 容缺 and 必要). Reading fails with
 * {@code IMPORT_INVALID} naming the line and the column. The national elements follow in their own
 * columns ({@link ElementsCsv}); a file with the item columns only is read too.
 */
public final class ItemCsv {
    /** The item columns, which every file has. */
    private static final List<String> ITEM_HEADERS = List.of("事项编码", "事项名称", "藏文名称", "事项类型", "实施层级",
            "实施主体", "设定依据", "受理条件", "申请材料", "法定时限（工作日）", "承诺时限（工作日）", "收费金额（元）", "收费依据",
            "高频事项", "一次性告知", "咨询方式", "投诉方式");
    /** The header row, in column order: the item columns, then the national elements ({@link ElementsCsv}). */
    public static final List<String> HEADERS = java.util.stream.Stream.concat(ITEM_HEADERS.stream(),
            ElementsCsv.HEADERS.stream()).toList();

    private static final String REQUIRED = "必需";
    private static final String CONDITION = "条件:";

    private ItemCsv() {
    }

    public static String write(List<ServiceItem> items) {
        CsvOutput out = new CsvOutput().record(HEADERS);
        for (ServiceItem item : items) {
            List<String> row = new ArrayList<>(HEADERS.size());
            row.add(item.code());
            row.add(item.name());
            row.add(item.tibetanName());
            row.add(item.type().label());
            row.add(item.levels().stream().map(ServiceLevel::label).collect(Collectors.joining("、")));
            row.add(item.department());
            row.add(item.legalBasis());
            row.add(item.conditions());
            row.add(item.materials().stream().map(ItemCsv::material).collect(Collectors.joining(";")));
            row.add(String.valueOf(item.statutoryDays()));
            row.add(String.valueOf(item.promisedDays()));
            row.add(item.fee().amount().toPlainString());
            row.add(item.fee().basis());
            row.add(item.highFrequency() ? "是" : "否");
            row.add(item.oneTimeNotice());
            row.add(item.consultation());
            row.add(item.complaint());
            ElementsCsv.write(row, item.elements());
            out.record(row);
        }
        return out.text();
    }

    private static String material(Material material) {
        String text = String.join("|", escape(material.name()), material.form().label(),
                String.valueOf(material.copies()), material.required() ? REQUIRED : CONDITION + escape(material.condition()),
                material.sampleForm() == null ? "" : escape(material.sampleForm()));
        MaterialDetails d = material.details();
        if (d.equals(MaterialDetails.NONE)) {
            return text;
        }
        return String.join("|", text, d.source().label(), d.necessity().label(), d.electronic() ? "是" : "否",
                d.paperSize() == null ? "" : escape(d.paperSize()), d.blankForm() == null ? "" : escape(d.blankForm()),
                d.legalBasis() == null ? "" : escape(d.legalBasis()));
    }

    /**
     * The items of a CSV text with their line numbers; fails with {@code IMPORT_INVALID} (malformed) or
     * {@code ITEM_DUPLICATE_CODE} (a code twice), naming the line.
     */
    public static List<CsvLine<ServiceItem>> read(String csv) {
        Csv.Records<ServiceItem> items = new Csv.Records<>(ErrorCode.ITEM_DUPLICATE_CODE, "item code");
        for (CsvInput.Row row : Csv.table(csv, HEADERS, ITEM_HEADERS.size())) {
            ServiceItem item = item(row);
            items.add(row.line(), item.code(), item);
        }
        return items.list();
    }

    private static ServiceItem item(CsvInput.Row row) {
        Csv.Cells cells = new Csv.Cells(row, HEADERS);
        ServiceItem.Builder builder = ServiceItem.builder(cells.text(0), cells.text(1), cells.parse(3, ItemType::parse));
        builder.tibetanName(cells.text(2));
        builder.levels(cells.parse(4, ItemCsv::levels));
        builder.department(cells.text(5));
        builder.legalBasis(cells.text(6));
        builder.conditions(cells.text(7));
        builder.materials(cells.parse(8, ItemCsv::materials));
        builder.days(cells.parse(9, Integer::parseInt), cells.parse(10, Integer::parseInt));
        BigDecimal amount = cells.parse(11, text -> text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.strip()));
        builder.fee(cells.parse(12, basis -> new Fee(amount, basis)));
        builder.highFrequency(cells.parse(13, ItemCsv::yesNo));
        builder.oneTimeNotice(cells.text(14));
        builder.consultation(cells.text(15));
        builder.complaint(cells.text(16));
        builder.elements(ElementsCsv.read(cells, ITEM_HEADERS.size()));
        return cells.build(builder::build);
    }

    private static Set<ServiceLevel> levels(String text) {
        Set<ServiceLevel> levels = EnumSet.noneOf(ServiceLevel.class);
        Csv.entries(text).forEach(entry -> levels.add(ServiceLevel.parse(entry)));
        return levels;
    }

    private static List<Material> materials(String text) {
        List<Material> materials = new ArrayList<>();
        for (String entry : split(text, ';')) {
            if (entry.isBlank()) {
                continue;
            }
            List<String> parts = split(entry, '|');
            if (parts.size() != 5 && parts.size() != 11) {
                throw BianminException.invalid("material '" + unescape(entry)
                        + "' must have 5 parts 名称|形式|份数|要求|样表, or 11 with 来源|必要性|电子|纸张规格|空白表格|设定依据, got "
                        + parts.size());
            }
            String requirement = unescape(parts.get(3)).strip();
            boolean required = requirement.equals(REQUIRED);
            if (!required && !requirement.startsWith(CONDITION) && !requirement.startsWith("条件：")) {
                throw BianminException.invalid("material '" + unescape(parts.get(0)) + "': 要求 must be '" + REQUIRED
                        + "' or '" + CONDITION + "<condition>', got '" + requirement + "'");
            }
            String condition = required ? null : requirement.substring(CONDITION.length());
            int copies;
            try {
                copies = Integer.parseInt(parts.get(2).strip());
            } catch (NumberFormatException e) {
                throw BianminException.invalid("material '" + unescape(parts.get(0)) + "': 份数 must be a whole number, got '"
                        + parts.get(2) + "'");
            }
            materials.add(new Material(unescape(parts.get(0)), MaterialForm.parse(unescape(parts.get(1))), copies,
                    required, condition, unescape(parts.get(4)), parts.size() == 5 ? null : details(parts)));
        }
        return materials;
    }

    private static MaterialDetails details(List<String> parts) {
        return new MaterialDetails(MaterialSource.parse(unescape(parts.get(5))), necessity(unescape(parts.get(6))),
                yesNo(parts.get(7)), unescape(parts.get(8)), unescape(parts.get(9)), unescape(parts.get(10)));
    }

    /** 必要, 容缺 or 非必要; 是 and 否 (容缺 or not, as files written before necessity had three values said it). */
    private static MaterialNecessity necessity(String text) {
        return switch (text.strip()) {
            case "是" -> MaterialNecessity.DEFERRABLE;
            case "否", "" -> MaterialNecessity.REQUIRED;
            default -> MaterialNecessity.parse(text);
        };
    }

    static boolean yesNo(String text) {
        return switch (text.strip()) {
            case "是", "true", "TRUE", "1" -> true;
            case "否", "false", "FALSE", "0", "" -> false;
            default -> throw BianminException.invalid("expected 是 or 否, got '" + text + "'");
        };
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace(";", "\\;");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                out.append(value.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Splits on {@code separator} where it is not escaped; the parts keep their escapes. */
    static List<String> split(String value, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                part.append(c).append(value.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
