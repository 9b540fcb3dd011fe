package org.bianmin.rest.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.bianmin.core.BianminException;

/**
 * A service's refusal as an HTTP answer: the status follows the error code's kind (400 bad input,
 * 404 not found, 409 wrong state, 403 not permitted, 503 unavailable).
 */
@Provider
public class BianminExceptionMapper implements ExceptionMapper<BianminException> {
    @Override
    public Response toResponse(BianminException failure) {
        return ErrorResponses.of(ErrorResponses.status(failure.code().kind()).getStatusCode(),
                failure.code().name(), failure.getMessage());
    }
}
