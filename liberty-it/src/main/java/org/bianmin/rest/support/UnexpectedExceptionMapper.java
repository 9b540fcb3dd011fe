package org.bianmin.rest.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.logging.Logger;
import org.bianmin.core.ErrorCode;

/**
 * The last resort. Input that Java itself refuses (a malformed date or number, an illegal
 * argument) is the caller's error: 400. Anything else is logged and answered 500 without
 * internal detail.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (isBadInput(failure)) {
            return ErrorResponses.of(400, ErrorCode.INVALID_ARGUMENT.name(), String.valueOf(failure.getMessage()));
        }
        return ErrorResponses.internal(500, "SERVER_ERROR", "the server failed unexpectedly", failure, LOG);
    }

    /** Whether Java refused the input itself (a malformed number or date, an illegal argument). */
    static boolean isBadInput(Throwable failure) {
        return failure instanceof IllegalArgumentException || failure instanceof DateTimeException;
    }
}
