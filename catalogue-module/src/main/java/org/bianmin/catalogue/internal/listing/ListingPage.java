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
import org.osgi.service.component.annotations.Component;

/**
 * The public listing (事项公示) of a published version as one self-contained HTML page. For every item
 * it shows what C-DISCLOSE requires — name, materials and their requirements, statutory and promised
 * time limits, fee and its basis — and also type, levels, legal basis, conditions, one-time
 * notification and the consultation and complaint channels (C-GUIDE, C-COMPLAINT).
 */
@Component(service = CatalogueListingRenderer.class)
public final class ListingPage implements CatalogueListingRenderer {
    @Override
    public String render(CatalogueListing listing, Locale locale) {
        Checks.required(listing, "listing");
        CatalogueVersion version = listing.version();
        StringBuilder html = new StringBuilder(4096 + listing.items().size() * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(esc(version.title())).append("</title>\n<style>")
                .append("body{font-family:'Noto Serif CJK SC','SimSun',serif;margin:2em}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em}")
                .append("th,td{border:1px solid #444;padding:4px;vertical-align:top;text-align:left}")
                .append("th{background:#eee;width:9em}h2{margin-top:2em}</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(version.title())).append("</h1>\n");
        html.append("<p>第").append(version.number()).append("版，事项截至 ").append(version.asOf())
                .append("，发布依据：").append(esc(version.legalBasis())).append("。共 ")
                .append(listing.items().size()).append(" 项。</p>\n");
        for (ServiceItem item : listing.items()) {
            html.append("<h2 id=\"").append(esc(item.code())).append("\">").append(esc(item.name()));
            if (item.tibetanName() != null) {
                html.append(" <span lang=\"bo\">").append(esc(item.tibetanName())).append("</span>");
            }
            html.append("</h2>\n<table class=\"item\">\n");
            row(html, "事项编码", item.code());
            row(html, "事项名称", item.name());
            row(html, "事项类型", item.type().label());
            row(html, "实施层级", item.levels().stream().map(ServiceLevel::label).collect(Collectors.joining("、")));
            row(html, "实施主体", item.department());
            row(html, "设定依据", item.legalBasis());
            row(html, "受理条件", item.conditions());
            html.append("<tr><th>申请材料目录及要求</th><td>");
            if (item.materials().isEmpty()) {
                html.append("无需申请材料");
            } else {
                html.append("<ol class=\"materials\">");
                for (Material material : item.materials()) {
                    html.append("<li>").append(esc(material.name())).append("（").append(material.form().label())
                            .append("，").append(material.copies()).append("份，")
                            .append(material.required() ? "必需" : "条件：" + esc(material.condition()));
                    if (material.sampleForm() != null) {
                        html.append("，示范样表：").append(esc(material.sampleForm()));
                    }
                    html.append("）</li>");
                }
                html.append("</ol>");
            }
            html.append("</td></tr>\n");
            row(html, "法定办结时限", item.statutoryDays() == 0 ? "即办" : item.statutoryDays() + "个工作日");
            row(html, "承诺办结时限", item.promisedDays() == 0 ? "即办" : item.promisedDays() + "个工作日");
            row(html, "收费标准及依据", item.fee().display());
            row(html, "高频事项", item.highFrequency() ? "是" : "否");
            row(html, "一次性告知", item.oneTimeNotice());
            row(html, "咨询方式", item.consultation());
            row(html, "投诉方式", item.complaint());
            html.append("</table>\n");
        }
        if (!listing.bundles().isEmpty()) {
            html.append("<h2>“一件事一次办”清单</h2>\n<table class=\"bundles\">\n");
            for (ServiceBundle bundle : listing.bundles()) {
                row(html, bundle.name(), String.join("、", bundle.itemCodes())
                        + (bundle.promisedDays() == null ? "" : "；承诺" + bundle.promisedDays() + "个工作日"));
            }
            html.append("</table>\n");
        }
        html.append("<p>摘要（SHA-256）：").append(version.digest()).append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String header, String value) {
        html.append("<tr><th>").append(esc(header)).append("</th><td>").append(value == null ? "—" : esc(value))
                .append("</td></tr>\n");
    }

    private static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
