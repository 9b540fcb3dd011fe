package org.bianmin.proxy.internal;

import static org.bianmin.proxy.internal.LedgerFixture.AGENT;
import static org.bianmin.proxy.internal.LedgerFixture.CENTRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import org.bianmin.audit.AuditEvent;
import org.bianmin.audit.AuditEventType;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;
import org.bianmin.proxy.AnswerMethod;
import org.bianmin.proxy.RatingCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mockito.ArgumentCaptor;

/** Ratings (好差评) are the applicant's, given once with the unguessable, expiring code of their receipt. */
class ApplicantRatingTest {
    private LedgerFixture fixture;
    private String caseId;

    @BeforeEach
    void open() {
        fixture = new LedgerFixture();
        caseId = fixture.cases.receive(fixture.walkIn("heping", "zhang"), AGENT).id();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void answer() {
        fixture.cases.check(caseId, Set.copyOf(LedgerFixture.MATERIALS), AGENT);
        fixture.cases.forward(caseId, AGENT);
        fixture.cases.startHandling(caseId, CENTRE);
        fixture.cases.complete(caseId, "已办结", CENTRE);
        fixture.cases.answer(caseId, AnswerMethod.PHONE, null, AGENT);
    }

    @Test
    void theAgentCannotRate() {
        answer();
        BianminException refused = refused(ErrorCode.NOT_PERMITTED, () -> fixture.cases.rate(caseId, 5, "好", AGENT));
        assertTrue(refused.getMessage().contains("rating code on their receipt"), refused.getMessage());
        assertNull(fixture.cases.findCase(caseId).rating());
    }

    @Test
    void theApplicantRatesOnceWithTheCodeWhichIsKeptOnlyAsItsHash() throws Exception {
        RatingCode code = fixture.cases.issueRatingCode(caseId, AGENT);
        assertTrue(code.code().matches("[A-Z2-7]{26}"), code.code());
        assertEquals(fixture.clock.get().plus(Duration.ofDays(90)), code.expiresAt());
        assertNotEquals(code.code(), fixture.cases.issueRatingCode(fixture.cases.receive(
                fixture.walkIn("heping", "zhang"), AGENT).id(), AGENT).code());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(code.code().getBytes(StandardCharsets.US_ASCII))), storedHash());
        assertTrue(!code.toString().contains(code.code()), "toString does not show the code");

        refused(ErrorCode.CASE_WRONG_STATE, () -> fixture.cases.rateByApplicant(code.code(), 5, null));
        answer();
        String typed = code.code().toLowerCase().substring(0, 13) + "-" + code.code().substring(13);
        assertEquals(5, fixture.cases.rateByApplicant(typed, 5, "满意").rating());
        BianminException again = refused(ErrorCode.RATING_CODE_INVALID,
                () -> fixture.cases.rateByApplicant(code.code(), 1, null));
        assertEquals(5, fixture.cases.findCase(caseId).rating());

        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(fixture.trail, atLeastOnce()).append(events.capture());
        AuditEvent rated = events.getAllValues().get(events.getAllValues().size() - 1);
        assertEquals(AuditEventType.PROXY_CASE_RATED, rated.type());
        assertEquals("applicant", rated.actor().id());
        assertEquals(caseId, rated.subject());

        BianminException unknown = refused(ErrorCode.RATING_CODE_INVALID,
                () -> fixture.cases.rateByApplicant("AAAAAAAAAAAAAAAAAAAAAAAAAA", 5, null));
        assertEquals(unknown.getMessage(), again.getMessage(), "a used code reads as an unknown one");
        refused(ErrorCode.RATING_CODE_INVALID, () -> fixture.cases.rateByApplicant("not a code", 5, null));
        refused(ErrorCode.RATING_CODE_INVALID, () -> fixture.cases.rateByApplicant(null, 5, null));
    }

    @Test
    void aCodeExpiresAndAReissuedCodeReplacesTheOldOne() {
        answer();
        String old = fixture.cases.issueRatingCode(caseId, AGENT).code();
        String fresh = fixture.cases.issueRatingCode(caseId, AGENT).code();
        refused(ErrorCode.RATING_CODE_INVALID, () -> fixture.cases.rateByApplicant(old, 4, null));

        fixture.clock.set(fixture.clock.get().plus(Duration.ofDays(90)).plusSeconds(1));
        BianminException expired = refused(ErrorCode.RATING_CODE_INVALID,
                () -> fixture.cases.rateByApplicant(fresh, 4, null));
        assertTrue(expired.getMessage().contains("unknown, already used or expired"), expired.getMessage());
        assertNull(fixture.cases.findCase(caseId).rating());

        assertEquals(3, fixture.cases.rateByApplicant(fixture.cases.issueRatingCode(caseId, AGENT).code(), 3, null)
                .rating());
    }

    private String storedHash() throws Exception {
        try (Connection connection = fixture.dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT code_hash FROM proxy_rating_code WHERE case_id = '"
                        + caseId + "'")) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }

    private static BianminException refused(ErrorCode code, Executable call) {
        BianminException e = assertThrows(BianminException.class, call);
        assertEquals(code, e.code(), e::getMessage);
        return e;
    }
}
