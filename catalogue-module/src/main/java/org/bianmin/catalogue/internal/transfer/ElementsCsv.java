package org.bianmin.catalogue.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bianmin.catalogue.BasicCode;
import org.bianmin.catalogue.BodyNature;
import org.bianmin.catalogue.ExerciseLevel;
import org.bianmin.catalogue.HandlingItem;
import org.bianmin.catalogue.HandlingItemCode;
import org.bianmin.catalogue.HandlingTerms;
import org.bianmin.catalogue.ImplementationCode;
import org.bianmin.catalogue.ItemCodes;
import org.bianmin.catalogue.ItemElements;
import org.bianmin.catalogue.ItemKind;
import org.bianmin.catalogue.ItemResult;
import org.bianmin.catalogue.ResultType;
import org.bianmin.catalogue.LimitUnit;
import org.bianmin.catalogue.OnlineDepth;
import org.bianmin.catalogue.PowerExercise;
import org.bianmin.catalogue.PowerSource;
import org.bianmin.catalogue.ServiceScope;
import org.bianmin.catalogue.TimeLimit;
import org.bianmin.core.BianminException;
import org.bianmin.core.UnifiedSocialCreditCode;
import org.bianmin.internal.csv.CsvInput;

/**
 * The national-platform elements of an item as the item CSV's trailing columns (GB/T 39554 element
 * names as headers; format in the module README). A group of columns is empty when the item does not
 * have that group; its first column (基本编码, 行使层级, 办件类型) decides. Enum cells hold Chinese labels.
 * Handling items are {@code 编码|名称} joined by {@code ;}, time limits {@code 数量|单位|说明}, results
 * {@code 名称|类型|样本|送达} joined by {@code ;}.
 */
final class ElementsCsv {
    /** The element columns, after the item columns. */
    static final List<String> HEADERS = List.of("基本编码", "实施编码", "业务办理项", "行使层级", "权力来源",
            "下放（授权、委托）机关", "实施主体名称", "实施主体统一社会信用代码", "实施主体性质", "委托部门", "联办机构",
            "办件类型", "法定办结时限", "承诺办结时限", "到办事现场次数", "必须现场办理原因", "网上办理深度", "通办范围",
            "物流快递", "预约办理", "网上支付", "办理结果");
    private static final int CODES = 0;
    private static final int EXERCISE = 3;
    private static final int HANDLING = 11;
    private static final int RESULTS = 21;

    private ElementsCsv() {
    }

    /** Appends the element cells of {@code elements} to {@code row}. */
    static void write(List<String> row, ItemElements elements) {
        List<String> cells = new ArrayList<>(java.util.Collections.nCopies(HEADERS.size(), (String) null));
        ItemCodes codes = elements.codes();
        if (codes != null) {
            cells.set(0, codes.basic().value());
            cells.set(1, codes.implementation() == null ? null : codes.implementation().value());
            cells.set(2, codes.handlingItems().stream()
                    .map(h -> h.code().value() + "|" + ItemCsv.escape(h.name())).collect(Collectors.joining(";")));
        }
        PowerExercise e = elements.exercise();
        if (e != null) {
            cells.set(3, e.level().label());
            cells.set(4, e.source().label());
            cells.set(5, e.grantingBody());
            cells.set(6, e.implementingBody());
            cells.set(7, e.implementingBodyCode() == null ? null : e.implementingBodyCode().value());
            cells.set(8, e.nature().label());
            cells.set(9, e.entrustingDepartment());
            cells.set(10, String.join("、", e.jointBodies()));
        }
        HandlingTerms h = elements.handling();
        if (h != null) {
            cells.set(11, h.kind().label());
            cells.set(12, limit(h.statutory()));
            cells.set(13, limit(h.promised()));
            cells.set(14, String.valueOf(h.counterVisits()));
            cells.set(15, h.visitReason());
            cells.set(16, h.onlineDepth().label());
            cells.set(17, h.scope().label());
            cells.set(18, h.resultDelivery() ? "是" : "否");
            cells.set(19, h.appointment() ? "是" : "否");
            cells.set(20, h.onlinePayment() ? "是" : "否");
        }
        cells.set(RESULTS, elements.results().stream().map(r -> String.join("|", ItemCsv.escape(r.name()),
                r.type().label(), r.sample() == null ? "" : ItemCsv.escape(r.sample()),
                r.delivery() == null ? "" : ItemCsv.escape(r.delivery()))).collect(Collectors.joining(";")));
        row.addAll(cells);
    }

    /** The elements in the cells from column {@code first} on; none when the row has no element columns. */
    static ItemElements read(Csv.Cells cells, int first) {
        if (!cells.has(first)) {
            return ItemElements.NONE;
        }
        ItemCodes codes = group(cells, first + CODES, first + EXERCISE) ? codes(cells, first) : null;
        PowerExercise exercise = group(cells, first + EXERCISE, first + HANDLING) ? exercise(cells, first) : null;
        HandlingTerms handling = group(cells, first + HANDLING, first + RESULTS) ? handling(cells, first) : null;
        List<ItemResult> results = cells.parse(first + RESULTS, ElementsCsv::results);
        return cells.build(() -> new ItemElements(codes, exercise, handling, results));
    }

    /** Whether the group's first cell is given; fails when it is empty but a later cell of the group is not. */
    private static boolean group(Csv.Cells cells, int from, int to) {
        boolean given = cells.text(from) != null;
        for (int column = from + 1; column < to && !given; column++) {
            int c = column;
            if (cells.text(c) != null) {
                cells.parse(c, text -> {
                    throw BianminException.invalid("given without " + cells.headers().get(from));
                });
            }
        }
        return given;
    }

    private static ItemCodes codes(Csv.Cells cells, int first) {
        BasicCode basic = cells.parse(first, BasicCode::parse);
        ImplementationCode implementation = cells.text(first + 1) == null ? null
                : cells.parse(first + 1, ImplementationCode::parse);
        List<HandlingItem> items = cells.parse(first + 2, ElementsCsv::handlingItems);
        return cells.build(() -> new ItemCodes(basic, implementation, items));
    }

    private static List<HandlingItem> handlingItems(String text) {
        return entries(text, "handling item", "编码|名称",
                parts -> new HandlingItem(HandlingItemCode.parse(parts.get(0)), ItemCsv.unescape(parts.get(1))));
    }

    private static List<ItemResult> results(String text) {
        return entries(text, "result", "名称|类型|样本|送达", parts -> new ItemResult(ItemCsv.unescape(parts.get(0)),
                ResultType.parse(parts.get(1)), ItemCsv.unescape(parts.get(2)), ItemCsv.unescape(parts.get(3))));
    }

    /** The entries of a cell, separated by {@code ;}, each of the parts {@code shape} names, separated by {@code |}. */
    private static <T> List<T> entries(String text, String what, String shape,
            java.util.function.Function<List<String>, T> reader) {
        int size = shape.split("\\|").length;
        List<T> values = new ArrayList<>();
        for (String entry : ItemCsv.split(text, ';')) {
            if (entry.isBlank()) {
                continue;
            }
            List<String> parts = ItemCsv.split(entry, '|');
            if (parts.size() != size) {
                throw BianminException.invalid(what + " '" + ItemCsv.unescape(entry) + "' must be " + shape + ", got "
                        + parts.size() + " parts");
            }
            values.add(reader.apply(parts));
        }
        return values;
    }

    private static PowerExercise exercise(Csv.Cells cells, int first) {
        ExerciseLevel level = cells.parse(first + 3, ExerciseLevel::parse);
        PowerSource source = cells.parse(first + 4, PowerSource::parse);
        UnifiedSocialCreditCode body = cells.text(first + 7) == null ? null
                : cells.parse(first + 7, UnifiedSocialCreditCode::of);
        BodyNature nature = cells.parse(first + 8, BodyNature::parse);
        List<String> joint = cells.text(first + 10) == null ? List.of()
                : List.of(cells.text(first + 10).split("[、,，]"));
        return cells.build(() -> new PowerExercise(level, source, cells.text(first + 5), cells.text(first + 6), body,
                nature, cells.text(first + 9), joint));
    }

    private static HandlingTerms handling(Csv.Cells cells, int first) {
        ItemKind kind = cells.parse(first + 11, ItemKind::parse);
        TimeLimit statutory = cells.parse(first + 12, ElementsCsv::limit);
        TimeLimit promised = cells.parse(first + 13, ElementsCsv::limit);
        int visits = cells.parse(first + 14, Integer::parseInt);
        OnlineDepth depth = cells.parse(first + 16, OnlineDepth::parse);
        ServiceScope scope = cells.text(first + 17) == null ? null : cells.parse(first + 17, ServiceScope::parse);
        boolean delivery = cells.parse(first + 18, ItemCsv::yesNo);
        boolean appointment = cells.parse(first + 19, ItemCsv::yesNo);
        boolean payment = cells.parse(first + 20, ItemCsv::yesNo);
        return cells.build(() -> new HandlingTerms(kind, statutory, promised, visits, cells.text(first + 15), depth,
                scope, delivery, appointment, payment));
    }

    private static String limit(TimeLimit limit) {
        return limit.amount() + "|" + limit.unit().label() + "|"
                + (limit.explanation() == null ? "" : ItemCsv.escape(limit.explanation()));
    }

    private static TimeLimit limit(String text) {
        List<String> parts = ItemCsv.split(text, '|');
        if (parts.size() != 3) {
            throw BianminException.invalid("a time limit is 数量|单位|说明 (e.g. 20|工作日|不含公示期), got '" + text + "'");
        }
        int amount;
        try {
            amount = Integer.parseInt(parts.get(0).strip());
        } catch (NumberFormatException e) {
            throw BianminException.invalid("the amount of time limit '" + text + "' must be a whole number");
        }
        String explanation = ItemCsv.unescape(parts.get(2));
        return new TimeLimit(amount, LimitUnit.parse(parts.get(1)), explanation.isBlank() ? null : explanation);
    }
}
