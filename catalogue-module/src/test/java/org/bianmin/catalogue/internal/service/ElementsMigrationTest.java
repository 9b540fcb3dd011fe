package org.bianmin.catalogue.internal.service;

import static org.bianmin.catalogue.internal.service.CatalogueFixture.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianmin.catalogue.CatalogueDiff;
import org.bianmin.catalogue.DiffKind;
import org.bianmin.catalogue.DiffSection;
import org.bianmin.catalogue.EntryDiff;
import org.bianmin.catalogue.FieldChange;
import org.bianmin.catalogue.PowerSource;
import org.bianmin.catalogue.internal.calendar.CalendarWorkingDays;
import org.bianmin.catalogue.internal.calendar.OfficialCalendar;
import org.bianmin.catalogue.internal.demo.DemoCatalogue;
import org.bianmin.internal.persistence.Dialect;
import org.bianmin.internal.persistence.JpaUnit;
import org.bianmin.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A catalogue kept before items had national elements: the schema at V3 with a grant and a version
 * published in the old shape (the demo catalogue as it was then). After V4 the grant devolves, the old
 * version reads back under its digest, and its diff against a version with elements names each new
 * element as its own field.
 */
class ElementsMigrationTest {
    private static final String LOCATION = "org/bianmin/catalogue/internal/db";

    @Test
    void oldGrantsDevolveAndOldVersionsKeepTheirDigestsAndDiffFieldByField() throws Exception {
        String oldSnapshot = resource("published-before-elements.json");
        String oldDigest = CatalogueVersionsService.sha256(oldSnapshot);
        try (TestDatabase db = TestDatabase.create()) {
            Flyway.configure(getClass().getClassLoader()).dataSource(db.dataSource())
                    .table("catalogue_schema_history").locations("classpath:" + LOCATION)
                    .placeholders(Dialect.of(db.dataSource()).placeholders()).target("3").load().migrate();
            try (Connection c = db.connect()) {
                insert(c, "INSERT INTO cat_grant (grant_id, item_code, batch_no, document_no, effective_from,"
                        + " change_seq) VALUES ('G-OLD', 'LD-OLD', 1, '泸府办发〔2021〕17号', '2021-10-01', 1)");
                try (PreparedStatement s = c.prepareStatement("INSERT INTO cat_version (version_no, title, as_of,"
                        + " published_at, published_by, reason, legal_basis, last_change, item_count, grant_count,"
                        + " digest, snapshot) VALUES (1, '2021年版', '2021-10-01', ?, 'county.admin.li', '公示', '依据',"
                        + " 0, 39, 8, ?, ?)")) {
                    s.setTimestamp(1, Timestamp.from(CatalogueFixture.NOW));
                    s.setString(2, oldDigest);
                    s.setString(3, oldSnapshot);
                    s.executeUpdate();
                }
            }
            try (JpaUnit unit = CatalogueFixture.open(db)) {
                try (Connection c = db.connect(); var s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT power_source FROM cat_grant WHERE grant_id = 'G-OLD'")) {
                    r.next();
                    assertEquals("DEVOLVED", r.getString(1));
                    s.executeUpdate("DELETE FROM cat_grant WHERE grant_id = 'G-OLD'");
                }
                CatalogueEngine engine = CatalogueFixture.engine(unit, null);
                CatalogueVersionsService versions = new CatalogueVersionsService(engine);
                assertEquals(oldDigest, versions.version(1).digest());
                assertEquals(39, versions.items(1).size());
                assertTrue(versions.grants(1).stream().allMatch(g -> g.source() == PowerSource.DEVOLVED));

                new CatalogueTransferService(engine).importJson(DemoCatalogue.json(),
                        note("导入示例目录", LocalDate.of(2021, 9, 1)));
                versions.publish("2022年版", note("公示", LocalDate.of(2022, 1, 1)));
                CatalogueDiff diff = versions.diff(1, 2);

                Map<String, EntryDiff> items = diff.in(DiffSection.ITEM).stream()
                        .collect(Collectors.toMap(EntryDiff::key, e -> e));
                assertEquals(List.of("LD-GA-001", "LD-GA-002", "LD-MZ-001", "LD-MZ-004", "LD-ZR-001"),
                        items.keySet().stream().sorted().toList(), "only items that gained elements differ");
                assertEquals(List.of("materials[农村宅基地使用承诺书]"), items.get("LD-ZR-001").fields().stream()
                        .map(FieldChange::field).toList());
                assertTrue(items.get("LD-ZR-001").fields().get(0).after().contains("\"necessity\":\"DEFERRABLE\""),
                        items.get("LD-ZR-001").toString());
                EntryDiff idCard = items.get("LD-GA-002");
                assertEquals(DiffKind.CHANGED, idCard.kind());
                Map<String, FieldChange> fields = idCard.fields().stream()
                        .collect(Collectors.toMap(FieldChange::field, f -> f));
                assertEquals(new FieldChange("nationalCodes.basicCode", null, "QR00028000"),
                        fields.get("nationalCodes.basicCode"));
                assertEquals(new FieldChange("handling.counterVisits", null, "1"), fields.get("handling.counterVisits"));
                assertEquals(new FieldChange("exercise.powerSource", null, "STATUTORY"),
                        fields.get("exercise.powerSource"));
                assertTrue(fields.containsKey("nationalCodes.handlingItems[补领]"), fields.keySet().toString());
                EntryDiff entrusted = diff.in(DiffSection.GRANT).stream().filter(e -> e.key().equals("G-2021-007"))
                        .findFirst().orElseThrow();
                assertEquals(List.of(new FieldChange("powerSource", "DEVOLVED", "ENTRUSTED")), entrusted.fields());
                assertEquals(1, diff.in(DiffSection.GRANT).size(), diff.toString());

                CatalogueItems catalogue = new CatalogueItems(engine,
                        new CalendarWorkingDays(List.of(OfficialCalendar.shipped())));
                assertEquals(PowerSource.ENTRUSTED, catalogue.whoHandles("LD-NY-005", DemoCatalogue.HEPING,
                        LocalDate.of(2022, 3, 1)).powerSource());
                assertEquals(PowerSource.DEVOLVED, versions.whoHandles("LD-NY-005", DemoCatalogue.HEPING,
                        LocalDate.of(2022, 3, 1), 1).powerSource());
            }
        }
    }

    private static void insert(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ElementsMigrationTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
