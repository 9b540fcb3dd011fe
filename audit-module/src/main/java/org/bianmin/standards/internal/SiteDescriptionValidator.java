package org.bianmin.standards.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.standards.SiteDescription;

/**
 * Validates a site description before any rule reads it. Anything a rule could not meaningfully
 * judge — a missing kind, name or division code, a negative or absurd number, an empty list entry,
 * a malformed date — fails with {@code SITE_DESCRIPTION_INVALID} naming the field, e.g.
 * {@code windows[2].counterHeightCm}. The largest plausible area is configuration, which is why the
 * check lives here and not in the record.
 */
public final class SiteDescriptionValidator {
    private static final int MAX_LIST = 500;
    /** What a {@code divisionCode} is, with examples from Luding, for the refusal of a missing or malformed one. */
    static final String DIVISION_CODE_FORM = "the site's administrative division code (行政区划代码, GB/T 2260 and "
            + "the statistical division codes that extend it) as text of 9 digits for a township or 12 for a village "
            + "(6 names only the county), e.g. \"513322102\" for 泸定县兴隆镇 or \"513322102201\" for its 和平村";

    private final Thresholds thresholds;

    public SiteDescriptionValidator(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** {@code site}, once every field has been found valid. */
    public SiteDescription validate(SiteDescription site) {
        if (site == null) {
            throw invalid("the site description is empty");
        }
        field(site.kind() != null, "kind", "is required: TOWNSHIP_CENTRE, STATION or VILLAGE_ROOM");
        field(site.name() != null && !site.name().isBlank(), "name", "is required");
        field(site.name().length() <= 200, "name", "is longer than 200 characters");
        field(site.divisionCode() != null && !site.divisionCode().isBlank(), "divisionCode",
                "is required: " + DIVISION_CODE_FORM);
        try {
            DivisionCode.of(site.divisionCode());
        } catch (BianminException e) {
            throw invalid("divisionCode '" + site.divisionCode() + "' is not a division code: " + DIVISION_CODE_FORM);
        }
        if (site.areaM2() != null) {
            number(site.areaM2(), "areaM2", 0, thresholds.maxPlausibleAreaM2());
        }
        lists(site);
        List<SiteDescription.Window> windows = site.windows();
        for (int i = 0; windows != null && i < windows.size(); i++) {
            SiteDescription.Window window = windows.get(i);
            String at = "windows[" + i + "]";
            field(window != null && window.kind() != null, at + ".kind", "is required");
            if (window.counterHeightCm() != null) {
                number(window.counterHeightCm(), at + ".counterHeightCm", 30, 200);
            }
            if (window.counterWidthCm() != null) {
                number(window.counterWidthCm(), at + ".counterWidthCm", 20, 500);
            }
        }
        List<SiteDescription.Staff> staff = site.staff();
        for (int i = 0; staff != null && i < staff.size(); i++) {
            field(staff.get(i) != null, "staff[" + i + "]", "is empty");
            String abPost = staff.get(i).abPost();
            field(abPost == null || abPost.equals("A") || abPost.equals("B"), "staff[" + i + "].abPost",
                    "must be A or B, got '" + abPost + "'");
        }
        if (site.seal() != null && site.seal().sites() != null) {
            number(site.seal().sites(), "seal.sites", 1, 50);
        }
        if (site.disclosure() != null) {
            SiteDescription.Disclosure disclosure = site.disclosure();
            if (disclosure.itemsTotal() != null) {
                number(disclosure.itemsTotal(), "disclosure.itemsTotal", 0, 100_000);
            }
            if (disclosure.itemsPublished() != null) {
                number(disclosure.itemsPublished(), "disclosure.itemsPublished", 0, 100_000);
                field(disclosure.itemsTotal() == null || disclosure.itemsPublished() <= disclosure.itemsTotal(),
                        "disclosure.itemsPublished", "exceeds disclosure.itemsTotal");
            }
        }
        if (site.emergency() != null && site.emergency().lastDrill() != null) {
            date(site.emergency().lastDrill(), "emergency.lastDrill");
        }
        dates(site.patrols(), "patrols");
        dates(site.trainings(), "trainings");
        return site;
    }

    private static void lists(SiteDescription site) {
        size(site.zones(), "zones");
        size(site.equipment(), "equipment");
        size(site.windows(), "windows");
        size(site.facilities(), "facilities");
        size(site.publishedRules(), "publishedRules");
        size(site.staff(), "staff");
        size(site.govInfoTopics(), "govInfoTopics");
        size(site.patrols(), "patrols");
        size(site.trainings(), "trainings");
        if (site.disclosure() != null) {
            size(site.disclosure().fields(), "disclosure.fields");
        }
    }

    private static void size(List<?> values, String field) {
        if (values == null) {
            return;
        }
        field(values.size() <= MAX_LIST, field, "has " + values.size() + " entries, at most " + MAX_LIST);
        for (int i = 0; i < values.size(); i++) {
            field(values.get(i) != null, field + "[" + i + "]", "is empty");
        }
    }

    private static void dates(List<String> values, String field) {
        for (int i = 0; values != null && i < values.size(); i++) {
            date(values.get(i), field + "[" + i + "]");
        }
    }

    /** Parses a validated date of the description. */
    public static LocalDate date(String value, String field) {
        try {
            LocalDate date = LocalDate.parse(value);
            field(date.getYear() >= 1949 && date.getYear() <= 2200, field, "year " + date.getYear()
                    + " is not plausible");
            return date;
        } catch (DateTimeParseException e) {
            throw invalid(field + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static void number(double value, String field, double min, double max) {
        field(Double.isFinite(value) && value >= min && value <= max, field,
                "must lie in " + format(min) + "–" + format(max) + ", got " + format(value));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void field(boolean valid, String field, String problem) {
        if (!valid) {
            throw invalid(field + " " + problem);
        }
    }

    private static BianminException invalid(String message) {
        return new BianminException(ErrorCode.SITE_DESCRIPTION_INVALID, message);
    }
}
