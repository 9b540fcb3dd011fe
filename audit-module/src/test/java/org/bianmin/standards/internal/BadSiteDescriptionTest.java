package org.bianmin.standards.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.standards.internal.json.SiteDescriptionJson;
import org.junit.jupiter.api.Test;

/** Bad site descriptions fail with SITE_DESCRIPTION_INVALID naming the field. */
class BadSiteDescriptionTest {
    private static final ReportingPeriod PERIOD = ReportingPeriod.of(LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 12, 31));

    private final SiteChecker checker = new SiteChecker(Thresholds.plan(), null);

    private void assertInvalid(String json, String field) {
        BianminException failure = assertThrows(BianminException.class,
                () -> checker.check(SiteDescriptionJson.read(json), PERIOD));
        assertEquals(ErrorCode.SITE_DESCRIPTION_INVALID, failure.code());
        assertTrue(failure.getMessage().contains(field), failure.getMessage());
    }

    private void assertInvalid(Consumer<ObjectNode> edit, String field) {
        assertInvalid(Sites.edit(Sites.completeCentre(), edit), field);
    }

    @Test
    void negativeArea() {
        assertInvalid(site -> site.put("areaM2", -5), "areaM2 must lie in 0–100000, got -5");
    }

    @Test
    void absurdArea() {
        assertInvalid(site -> site.put("areaM2", 5_000_000), "areaM2");
    }

    @Test
    void unknownEquipmentCode() {
        assertInvalid(site -> site.withArray("equipment").add("HOVERCRAFT"), "equipment[12]: 'HOVERCRAFT' is not allowed");
    }

    @Test
    void unknownKind() {
        assertInvalid(site -> site.put("kind", "PALACE"), "kind: 'PALACE' is not allowed; known: TOWNSHIP_CENTRE");
    }

    @Test
    void unknownWindowKind() {
        assertInvalid(site -> ((ObjectNode) site.withArray("windows").get(2)).put("kind", "VIP"), "windows[2].kind");
    }

    @Test
    void absurdCounterHeight() {
        assertInvalid(site -> ((ObjectNode) site.withArray("windows").get(1)).put("counterHeightCm", 750),
                "windows[1].counterHeightCm must lie in 30–200, got 750");
    }

    @Test
    void negativeCounterWidth() {
        assertInvalid(site -> ((ObjectNode) site.withArray("windows").get(0)).put("counterWidthCm", -1),
                "windows[0].counterWidthCm");
    }

    @Test
    void unknownProperty() {
        assertInvalid(site -> site.put("swimmingPool", true), "swimmingPool: unknown property");
    }

    @Test
    void missingKindNameOrDivisionCode() {
        assertInvalid(site -> site.remove("kind"), "kind is required");
        assertInvalid(site -> site.remove("name"), "name is required");
        assertInvalid(site -> site.remove("divisionCode"), "divisionCode is required");
    }

    @Test
    void aMissingDivisionCodeIsExplainedWithAnExample() {
        assertInvalid("{\"kind\": \"TOWNSHIP_CENTRE\", \"name\": \"泸定县兴隆镇便民服务中心\"}",
                "divisionCode is required: the site's administrative division code (行政区划代码, GB/T 2260 and the "
                        + "statistical division codes that extend it) as text of 9 digits for a township or 12 for a "
                        + "village (6 names only the county), e.g. \"513322102\" for 泸定县兴隆镇 or \"513322102201\" "
                        + "for its 和平村");
        assertInvalid(site -> site.put("divisionCode", " "), "divisionCode is required: ");
    }

    @Test
    void malformedDivisionCode() {
        assertInvalid(site -> site.put("divisionCode", "51332"), "divisionCode '51332' is not a division code: the "
                + "site's administrative division code");
        assertInvalid(site -> site.put("divisionCode", "兴隆镇"), "e.g. \"513322102\" for 泸定县兴隆镇");
    }

    @Test
    void badDates() {
        assertInvalid(site -> site.withArray("patrols").add("2021-13-01"), "patrols[3]: '2021-13-01' is not a date");
        assertInvalid(site -> site.withArray("trainings").add("0021-01-01"), "trainings[1] year 21 is not plausible");
    }

    @Test
    void abPostOtherThanAOrB() {
        assertInvalid(site -> ((ObjectNode) site.withArray("staff").get(0)).put("abPost", "C"), "staff[0].abPost");
    }

    @Test
    void moreItemsPublishedThanHandled() {
        assertInvalid(site -> ((ObjectNode) site.get("disclosure")).put("itemsPublished", 87),
                "disclosure.itemsPublished exceeds disclosure.itemsTotal");
    }

    @Test
    void absurdSealSites() {
        assertInvalid(site -> ((ObjectNode) site.get("seal")).put("sites", 0), "seal.sites");
    }

    @Test
    void wrongTypeAndNotJson() {
        assertInvalid(site -> site.put("areaM2", "big"), "areaM2");
        assertInvalid("{\"kind\":", "not valid JSON");
        assertInvalid("", "empty");
        assertInvalid("[]", "site description");
        assertInvalid(site -> site.putArray("zones").addNull(), "zones[0] is empty");
    }
}
