package org.bianmin.it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar over the REST API on the test server's pinned clock: the official years,
 * provisional deadlines beyond them, loading a year's notice (supervisors only), and a bad file
 * refused with the line that is wrong.
 */
class CalendarIT {
    private static final Api SUPERVISOR = Api.as("supervisor.liu");
    private static final Api AGENT = Api.as("agent.yang");
    private static final String TEXT = "text/plain; charset=UTF-8";

    @Test
    void theServersTodayIsItsPinnedDay() {
        JsonNode due = AGENT.get("/api/catalogue/deadline?days=0").json();
        assertEquals(ServerClock.start().toLocalDate().toString(), due.path("received").asText(), due::toString);
    }

    @Test
    void deadlinesBeyondTheOfficialYearsAreProvisional() {
        JsonNode status = AGENT.get("/api/catalogue/calendar").json();
        assertEquals(2027, status.path("provisionalFrom").asInt(), status::toString);
        assertEquals("shipped", status.path("official").get(0).path("origin").asText(), status::toString);

        JsonNode inside = AGENT.get("/api/catalogue/deadline?received=2026-12-01&days=5").json();
        assertEquals(false, inside.path("provisional").asBoolean(), inside::toString);
        // 2026-12-30 + 5: 12-31, then 2027 without a notice (元旦 by the rules, the weekend) to 01-07
        JsonNode beyond = AGENT.get("/api/catalogue/deadline?received=2026-12-30&days=5").json();
        assertEquals("2027-01-07", beyond.path("due").asText(), beyond::toString);
        assertEquals(true, beyond.path("provisional").asBoolean(), beyond::toString);
    }

    @Test
    void aSupervisorLoadsAYearsNoticeAndABadFileIsRefusedWhole() {
        String notice = """
                year 2040
                source 国务院办公厅关于2040年部分节假日安排的通知（国办发明电〔2039〕1号，集成测试）
                holiday 2040-01-01..2040-01-03 元旦
                workday 2040-01-07 元旦调休
                """;
        Api.Answer forbidden = AGENT.postBytes("/api/catalogue/calendar", TEXT, notice.getBytes(StandardCharsets.UTF_8));
        assertEquals(403, forbidden.status(), forbidden::toString);

        Api.Answer bad = SUPERVISOR.postBytes("/api/catalogue/calendar", TEXT,
                notice.replace("2040-01-07", "2040-01-09").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("CALENDAR_FILE_INVALID", bad.code());
        assertTrue(bad.json().path("message").asText().contains("line 4"), bad::toString);
        assertTrue(AGENT.get("/api/catalogue/deadline?received=2040-01-06&days=1").json().path("provisional")
                .asBoolean(), "the refused file changed nothing");

        Api.Answer loaded = SUPERVISOR.postBytes("/api/catalogue/calendar", TEXT, notice.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, loaded.status(), loaded::toString);
        assertEquals(2040, loaded.json().path("year").asInt());
        assertEquals("supervisor.liu", loaded.json().path("loadedBy").asText(), loaded::toString);
        JsonNode due = AGENT.get("/api/catalogue/deadline?received=2040-01-06&days=1").json();
        assertEquals("2040-01-07", due.path("due").asText(), "the notice's adjusted Saturday counts at once");
        assertEquals(false, due.path("provisional").asBoolean(), due::toString);
    }
}
