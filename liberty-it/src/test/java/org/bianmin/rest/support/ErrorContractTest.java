package org.bianmin.rest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The REST API's error contract without a server: every error kind has its HTTP status, a refusal
 * inside a JSON value keeps its code, Java's own refusals of input count as bad input, and the
 * JSON mapping is strict. (The responses themselves are checked against the server by the ITs.)
 */
class ErrorContractTest {
    private static final ObjectMapper JSON = JsonMapping.mapper();

    record Body(DivisionCode division, Actor actor, Instant at) {
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.Kind.class)
    void everyKindHasItsStatus(ErrorCode.Kind kind) {
        int expected = switch (kind) {
            case BAD_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNAVAILABLE -> 503;
        };
        assertEquals(expected, ErrorResponses.status(kind).getStatusCode(), kind::name);
    }

    /**
     * A server whose clock is behind what another server recorded for the seal is 503, not 409: the
     * seal is fine, and the same use succeeds once the clocks are synchronised.
     */
    @Test
    void aClockBehindTheRegistryIsServiceUnavailable() {
        assertEquals(503, ErrorResponses.status(ErrorCode.CLOCK_BEHIND.kind()).getStatusCode());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void theReadmeListsEveryCodeUnderItsStatus(ErrorCode code) throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        String row = readme.lines().filter(line -> line.startsWith("| " + ErrorResponses.status(code.kind())
                .getStatusCode() + " | ")).findFirst().orElse("");
        assertTrue(row.contains("`" + code.name() + "`"), code + " is not in the README's row for "
                + ErrorResponses.status(code.kind()).getStatusCode() + ": " + row);
    }

    @Test
    void aStorageFailureTellsTheClientAReferenceAndTheLogTheDatabasesWords() {
        java.util.List<java.util.logging.LogRecord> logged = new java.util.ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(BianminExceptionMapper.class.getName());
        log.addHandler(handler);
        try {
            String database = "ERROR: relation \"seal_use\" does not exist (SQLState 42P01)";
            ErrorBody body = ErrorResponses.logged("STORAGE_FAILURE", "the server could not use its storage",
                    new org.bianmin.core.BianminException(ErrorCode.STORAGE_FAILURE, database), log);
            assertEquals("STORAGE_FAILURE", body.code());
            assertTrue(body.reference().matches("[0-9a-f]{8}"), body.reference());
            assertTrue(!body.message().contains("seal_use") && body.message().endsWith(body.reference()),
                    body.message());
            assertEquals(1, logged.size());
            assertTrue(logged.get(0).getMessage().contains("[" + body.reference() + "]")
                    && logged.get(0).getMessage().contains(database), logged.get(0).getMessage());
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void valuesAreWrittenAndReadAsStrings() throws JsonProcessingException {
        Body body = new Body(DivisionCode.of("513322102"), Actor.of("admin.zhang"), Instant.parse("2026-01-01T00:00:00Z"));
        String json = JSON.writeValueAsString(body);
        assertEquals("{\"division\":\"513322102\",\"actor\":\"admin.zhang\",\"at\":\"2026-01-01T00:00:00Z\"}", json);
        assertEquals(body, JSON.readValue(json, Body.class));
    }

    @Test
    void aRefusalInsideAValueKeepsItsCode() {
        JsonProcessingException failure = assertThrows(JsonProcessingException.class,
                () -> JSON.readValue("{\"division\":\"5133\"}", Body.class));
        assertEquals(ErrorCode.INVALID_ARGUMENT, JsonInputExceptionMapper.refusal(failure).orElseThrow().code());
        JsonProcessingException malformed = assertThrows(JsonProcessingException.class,
                () -> JSON.readValue("{\"division\":", Body.class));
        assertTrue(JsonInputExceptionMapper.refusal(malformed).isEmpty(), "plain malformed JSON");
    }

    @Test
    void unknownFieldsNumbersForStringsAndTrailingContentAreRefused() {
        assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"divison\":\"513322\"}", Body.class));
        assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"division\":513322}", Body.class));
        assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"actor\":\"a\"} {}", Body.class));
        assertThrows(JsonProcessingException.class, () -> JSON.readValue("{\"actor\":\"a\",\"actor\":\"b\"}", Body.class));
    }

    @Test
    void javasOwnRefusalsOfInputAreBadInputOtherFailuresAreNot() {
        assertTrue(UnexpectedExceptionMapper.isBadInput(new NumberFormatException("For input string: \"x\"")));
        assertTrue(UnexpectedExceptionMapper.isBadInput(new java.time.format.DateTimeParseException("x", "x", 0)));
        assertFalse(UnexpectedExceptionMapper.isBadInput(new IllegalStateException("internals")));
        assertFalse(UnexpectedExceptionMapper.isBadInput(new NullPointerException()));
    }
}
