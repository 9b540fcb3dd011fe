package org.bianmin.rest.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * A service's refusal as an HTTP answer: the status follows the error code's kind (400 bad input,
 * 404 not found, 409 wrong state, 403 not permitted, 503 unavailable). A storage failure's own
 * message (the database's words) goes only to the log, under the reference the client is given.
 */
@Provider
public class BianminExceptionMapper implements ExceptionMapper<BianminException> {
    private static final Logger LOG = Logger.getLogger(BianminExceptionMapper.class.getName());

    @Override
    public Response toResponse(BianminException failure) {
        if (failure.code() == ErrorCode.STORAGE_FAILURE) {
            return ErrorResponses.internal(503, failure.code().name(), "the server could not use its storage", failure,
                    LOG);
        }
        return ErrorResponses.of(ErrorResponses.status(failure.code().kind()).getStatusCode(),
                failure.code().name(), failure.getMessage());
    }
}
