package org.bianmin.rest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * A request body that is not the JSON the resource expects: 400. When the body parsed but a value
 * was refused by the API's own validation (a record's constructor), that refusal's code is kept.
 */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException failure) {
        Optional<BianminException> refusal = refusal(failure);
        if (refusal.isPresent()) {
            return new BianminExceptionMapper().toResponse(refusal.get());
        }
        String detail = failure.getOriginalMessage();
        if (detail != null && detail.length() > 300) {
            detail = detail.substring(0, 300) + "…";
        }
        return ErrorResponses.of(400, ErrorCode.INVALID_ARGUMENT.name(),
                "the request body is not the JSON this resource expects: " + detail);
    }

    /** The API's own refusal among the causes of a failure, if it was one. */
    static Optional<BianminException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BianminException refused) {
                return Optional.of(refused);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
