package org.bianmin.rest.support;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.core.ErrorCode;

/** Error answers as JSON {@code {"code": ..., "message": ...}} with the matching HTTP status. */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** The HTTP status for a kind of failure. */
    public static Response.Status status(ErrorCode.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
        };
    }

    /**
     * The answer to a failure inside the server: a generic message and a fresh reference; the
     * failure itself (a database's own message, a stack trace) goes to the log under that reference
     * and never to the client.
     */
    public static Response internal(int status, String code, String generic, Throwable failure, Logger log) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(logged(code, generic, failure, log))
                .build();
    }

    /** The body of {@link #internal}, once the failure is logged under the body's reference. */
    static ErrorBody logged(String code, String generic, Throwable failure, Logger log) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.log(Level.SEVERE, "[" + reference + "] " + code + ": " + failure.getMessage(), failure);
        return new ErrorBody(code, generic + "; the server log has the detail under reference " + reference,
                reference);
    }

    /** An error answer with the given status, code and message. */
    public static Response of(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code, message))
                .build();
    }
}
