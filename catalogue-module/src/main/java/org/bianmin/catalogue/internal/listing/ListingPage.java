package org.bianmin.catalogue.internal.listing;

import java.util.Locale;
import java.util.stream.Collectors;
import org.bianmin.catalogue.CatalogueListing;
import org.bianmin.catalogue.CatalogueListingRenderer;
import org.bianmin.catalogue.CatalogueVersion;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.core.Checks;
import org.bianmin.internal.text.Markup;
import org.osgi.service.component.annotations.Component;

/**
 * The public listing (事项公示) of a published version as one self-contained HTML page. For every item
 * it shows what C-DISCLOSE requires — name, materials and their requirements, statutory and promised
 * time limits, fee and its basis — and also type, levels, legal basis, conditions, one-time
 * notification and the consultation and complaint channels (C-GUIDE, C-COMPLAINT).
 */
@Component(service = CatalogueListingRenderer.class)
public final class ListingPage implements CatalogueListingRenderer {
    private static final String STYLE = "body{font-family:'Noto Serif CJK SC','SimSun',serif;margin:2em}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
            + "th,td{border:1px solid #444;padding:4px;vertical-align:top;text-align:left}"
            + "th{background:#eee;width:9em}h2{margin-top:2em}";

    @Override
    public String render(CatalogueListing listing, Locale locale) {
        Checks.required(listing, "listing");
        CatalogueVersion version = listing.version();
        Markup html = Markup.page("zh-CN", version.title(), STYLE);
        html.element("h1", version.title()).newline();
        html.element("p", "第" + version.number() + "版，事项截至 " + version.asOf() + "，发布依据："
                + version.legalBasis() + "。共 " + listing.items().size() + " 项。").newline();
        for (ServiceItem item : listing.items()) {
            html.open("h2", "id", item.code()).text(item.name());
            if (item.tibetanName() != null) {
                html.text(" ").open("span", "lang", "bo").text(item.tibetanName()).close("span");
            }
            html.close("h2").newline().open("table", "class", "item").newline();
            row(html, "事项编码", item.code());
            row(html, "事项名称", item.name());
            row(html, "事项类型", item.type().label());
            row(html, "实施层级", item.levels().stream().map(ServiceLevel::label).collect(Collectors.joining("、")));
            row(html, "实施主体", item.department());
            row(html, "设定依据", item.legalBasis());
            row(html, "受理条件", item.conditions());
            html.open("tr").element("th", "申请材料目录及要求").open("td");
            if (item.materials().isEmpty()) {
                html.text("无需申请材料");
            } else {
                html.open("ol", "class", "materials");
                for (Material material : item.materials()) {
                    html.element("li", material(material));
                }
                html.close("ol");
            }
            html.close("td").close("tr").newline();
            row(html, "法定办结时限", item.statutoryDays() == 0 ? "即办" : item.statutoryDays() + "个工作日");
            row(html, "承诺办结时限", item.promisedDays() == 0 ? "即办" : item.promisedDays() + "个工作日");
            row(html, "收费标准及依据", item.fee().display());
            row(html, "高频事项", item.highFrequency() ? "是" : "否");
            row(html, "一次性告知", item.oneTimeNotice());
            row(html, "咨询方式", item.consultation());
            row(html, "投诉方式", item.complaint());
            html.close("table").newline();
        }
        if (!listing.bundles().isEmpty()) {
            html.element("h2", "“一件事一次办”清单").newline().open("table", "class", "bundles").newline();
            for (ServiceBundle bundle : listing.bundles()) {
                row(html, bundle.name(), String.join("、", bundle.itemCodes())
                        + (bundle.promisedDays() == null ? "" : "；承诺" + bundle.promisedDays() + "个工作日"));
            }
            html.close("table").newline();
        }
        html.element("p", "摘要（SHA-256）：" + version.digest()).newline();
        return html.endPage();
    }

    private static String material(Material material) {
        return material.name() + "（" + material.form().label() + "，" + material.copies() + "份，"
                + (material.required() ? "必需" : "条件：" + material.condition())
                + (material.sampleForm() == null ? "" : "，示范样表：" + material.sampleForm()) + "）";
    }

    private static void row(Markup html, String header, String value) {
        html.open("tr").element("th", header).element("td", value == null ? "—" : value).close("tr").newline();
    }
}
