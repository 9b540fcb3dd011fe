package org.bianmin.catalogue.internal.listing;

import java.util.Locale;
import java.util.stream.Collectors;
import org.bianmin.catalogue.CatalogueListing;
import org.bianmin.catalogue.CatalogueListingRenderer;
import org.bianmin.catalogue.CatalogueVersion;
import org.bianmin.catalogue.HandlingTerms;
import org.bianmin.catalogue.ItemCodes;
import org.bianmin.catalogue.ItemElements;
import org.bianmin.catalogue.Material;
import org.bianmin.catalogue.MaterialDetails;
import org.bianmin.catalogue.MaterialNecessity;
import org.bianmin.catalogue.MaterialSource;
import org.bianmin.catalogue.PowerExercise;
import org.bianmin.catalogue.ApplicationForm;
import org.bianmin.catalogue.BundleDetails;
import org.bianmin.catalogue.ServiceBundle;
import org.bianmin.catalogue.SituationOption;
import org.bianmin.catalogue.ServiceItem;
import org.bianmin.catalogue.ServiceLevel;
import org.bianmin.catalogue.TimeLimit;
import org.bianmin.core.Checks;
import org.bianmin.internal.text.Labels;
import org.bianmin.internal.text.Markup;
import org.osgi.service.component.annotations.Component;

/**
 * The public listing (事项公示) of a published version as one self-contained HTML page. For every item
 * it shows what C-DISCLOSE requires — name, materials and their requirements, statutory and promised
 * time limits, fee and its basis — and also type, levels, legal basis, conditions, one-time
 * notification and the consultation and complaint channels (C-GUIDE, C-COMPLAINT), and the national
 * elements an item has (GB/T 39554: codes, who exercises the power and how, handling terms). Its labels are in
 * Chinese or English, from {@code labels_zh.properties} and {@code labels_en.properties} beside this
 * class; the catalogue's own texts are shown as recorded.
 */
@Component(service = CatalogueListingRenderer.class)
public final class ListingPage implements CatalogueListingRenderer {
    private static final String LABELS = "org.bianmin.catalogue.internal.listing.labels";

    private static final String STYLE = "body{font-family:'Noto Serif CJK SC','SimSun',serif;margin:2em}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
            + "th,td{border:1px solid #444;padding:4px;vertical-align:top;text-align:left}"
            + "th{background:#eee;width:9em}h2{margin-top:2em}";

    @Override
    public String render(CatalogueListing listing, Locale locale) {
        Checks.required(listing, "listing");
        Labels labels = Labels.of(LABELS, ListingPage.class, locale);
        CatalogueVersion version = listing.version();
        Markup html = Markup.page(labels.languageTag(), version.title(), STYLE);
        html.element("h1", version.title()).newline();
        html.element("p", labels.format("version", Integer.toString(version.number()), version.asOf().toString(),
                version.legalBasis(), Integer.toString(listing.items().size()))).newline();
        for (ServiceItem item : listing.items()) {
            html.open("h2", "id", item.code()).text(item.name());
            if (item.tibetanName() != null) {
                html.text(" ").open("span", "lang", "bo").text(item.tibetanName()).close("span");
            }
            html.close("h2").newline().open("table", "class", "item").newline();
            row(html, labels.text("item.code"), item.code());
            row(html, labels.text("item.name"), item.name());
            row(html, labels.text("item.type"), item.type().label());
            row(html, labels.text("item.levels"), item.levels().stream().map(ServiceLevel::label)
                    .collect(Collectors.joining(labels.text("list.separator"))));
            row(html, labels.text("item.department"), item.department());
            row(html, labels.text("item.legalBasis"), item.legalBasis());
            row(html, labels.text("item.conditions"), item.conditions());
            html.open("tr").element("th", labels.text("item.materials")).open("td");
            if (item.materials().isEmpty()) {
                html.text(labels.text("item.noMaterials"));
            } else {
                html.open("ol", "class", "materials");
                for (Material material : item.materials()) {
                    html.element("li", material(labels, material));
                }
                html.close("ol");
            }
            html.close("td").close("tr").newline();
            row(html, labels.text("item.statutory"), days(labels, item.statutoryDays()));
            row(html, labels.text("item.promised"), days(labels, item.promisedDays()));
            row(html, labels.text("item.fee"), item.fee().display());
            row(html, labels.text("item.highFrequency"), labels.text(item.highFrequency() ? "yes" : "no"));
            row(html, labels.text("item.oneTimeNotice"), item.oneTimeNotice());
            row(html, labels.text("item.consultation"), item.consultation());
            row(html, labels.text("item.complaint"), item.complaint());
            elements(html, labels, item.elements());
            html.close("table").newline();
        }
        if (!listing.bundles().isEmpty()) {
            html.element("h2", labels.text("bundles")).newline().open("table", "class", "bundles").newline();
            for (ServiceBundle bundle : listing.bundles()) {
                BundleDetails details = bundle.details();
                row(html, bundle.name(), String.join(labels.text("list.separator"), bundle.itemCodes())
                        + (bundle.promisedDays() == null ? ""
                                : labels.format("bundle.promised", bundle.promisedDays().toString()))
                        + (details.list() == null ? "" : labels.format("bundle.list", details.list().label()))
                        + (details.leadDepartment() == null ? "" : labels.format("bundle.lead",
                                details.leadDepartment()))
                        + details.situations().stream().map(s -> labels.format("bundle.situation", s.question(),
                                s.options().stream().map(SituationOption::answer)
                                        .collect(Collectors.joining("/")))).collect(Collectors.joining())
                        + form(labels, details.applicationForm()));
            }
            html.close("table").newline();
        }
        html.element("p", labels.format("digest", version.digest())).newline();
        return html.endPage();
    }

    /** The bundle's merged application form (一张表): its name, document and fields; nothing when it has none. */
    private static String form(Labels labels, ApplicationForm form) {
        if (form == null) {
            return "";
        }
        return labels.format("bundle.form", form.name())
                + (form.document() == null ? "" : labels.format("bundle.form.document", form.document()))
                + (form.fields().isEmpty() ? "" : labels.format("bundle.form.fields",
                        String.join(labels.text("list.separator"), form.fields())));
    }

    /** The national elements the item has (GB/T 39554), one row each; none when it has none. */
    private static void elements(Markup html, Labels labels, ItemElements elements) {
        ItemCodes codes = elements.codes();
        if (codes != null) {
            row(html, labels.text("item.basicCode"), codes.basic().value());
            row(html, labels.text("item.implementationCode"),
                    codes.implementation() == null ? null : codes.implementation().value());
            if (!codes.handlingItems().isEmpty()) {
                row(html, labels.text("item.handlingItems"), codes.handlingItems().stream()
                        .map(h -> h.name() + " " + h.code().value())
                        .collect(Collectors.joining(labels.text("list.separator"))));
            }
        }
        PowerExercise e = elements.exercise();
        if (e != null) {
            row(html, labels.text("item.exercise"), labels.format("exercise", e.level().label(), e.source().label(),
                    e.grantingBody() == null ? "" : labels.format("exercise.grantedBy", e.grantingBody())));
            row(html, labels.text("item.implementingBody"), labels.format("body", e.implementingBody(),
                    e.nature().label(), e.implementingBodyCode() == null ? "—" : e.implementingBodyCode().value()));
            if (e.entrustingDepartment() != null) {
                row(html, labels.text("item.entrustingDepartment"), e.entrustingDepartment());
            }
            if (!e.jointBodies().isEmpty()) {
                row(html, labels.text("item.jointBodies"), String.join(labels.text("list.separator"), e.jointBodies()));
            }
        }
        HandlingTerms h = elements.handling();
        if (h != null) {
            row(html, labels.text("item.kind"), h.kind().label());
            row(html, labels.text("item.statutoryLimit"), limit(h.statutory()));
            row(html, labels.text("item.promisedLimit"), limit(h.promised()));
            String visits = labels.text("visits." + h.counterVisits());
            row(html, labels.text("item.visits"), h.counterVisits() == 0 ? visits
                    : labels.format("visits", visits, h.visitReason()));
            row(html, labels.text("item.online"), h.onlineDepth().label() + labels.text("list.separator")
                    + h.scope().label());
            row(html, labels.text("item.services"), labels.format("services",
                    labels.text(h.resultDelivery() ? "yes" : "no"), labels.text(h.appointment() ? "yes" : "no"),
                    labels.text(h.onlinePayment() ? "yes" : "no")));
        }
        if (!elements.results().isEmpty()) {
            row(html, labels.text("item.results"), elements.results().stream()
                    .map(r -> labels.format("result", r.name(), r.type().label(),
                            r.sample() == null ? "" : labels.format("result.sample", r.sample()),
                            r.delivery() == null ? "" : labels.format("result.delivery", r.delivery())))
                    .collect(Collectors.joining(labels.text("list.separator"))));
        }
    }

    private static String limit(TimeLimit limit) {
        return limit.text() + (limit.explanation() == null ? "" : "（" + limit.explanation() + "）");
    }

    private static String days(Labels labels, int days) {
        return days == 0 ? labels.text("days.immediate") : labels.format("days.working", Integer.toString(days));
    }

    private static String material(Labels labels, Material material) {
        return labels.format("material", material.name(), material.form().label(), Integer.toString(material.copies()),
                material.required() ? labels.text("material.required")
                        : labels.format("material.condition", material.condition()),
                material.sampleForm() == null ? "" : labels.format("material.sample", material.sampleForm()))
                + details(labels, material.details());
    }

    /** The material's details that differ from "brought by the applicant on paper", e.g. 免提交 or 容缺. */
    private static String details(Labels labels, MaterialDetails d) {
        StringBuilder text = new StringBuilder();
        if (d.source() != MaterialSource.APPLICANT) {
            text.append(labels.format("material.source", d.source().label()));
        }
        if (d.necessity() != MaterialNecessity.REQUIRED) {
            text.append(labels.text("material." + d.necessity().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (d.electronic()) {
            text.append(labels.text("material.electronic"));
        }
        if (d.paperSize() != null) {
            text.append(labels.format("material.paper", d.paperSize()));
        }
        if (d.blankForm() != null) {
            text.append(labels.format("material.blank", d.blankForm()));
        }
        if (d.legalBasis() != null) {
            text.append(labels.format("material.basis", d.legalBasis()));
        }
        return text.toString();
    }

    private static void row(Markup html, String header, String value) {
        html.open("tr").element("th", header).element("td", value == null ? "—" : value).close("tr").newline();
    }
}
