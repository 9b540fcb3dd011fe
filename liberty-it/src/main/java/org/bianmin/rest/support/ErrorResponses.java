package org.bianmin.rest.support;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    /** An error answer with the given status, code and message. */
    public static Response of(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code, message))
                .build();
    }
}
