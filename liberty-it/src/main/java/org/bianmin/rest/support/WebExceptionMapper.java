package org.bianmin.rest.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.bianmin.core.BianminException;
import org.bianmin.core.ErrorCode;

/**
 * HTTP-level refusals from the REST runtime (unknown path, wrong method or media type, a role the
 * caller lacks) as JSON error bodies with their own status. When the runtime refused a request
 * because the API refused one of its parameters (the parts of a multipart body, say), the API's
 * refusal is answered, with its own code and message.
 */
@Provider
public class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {
    /** The resource method the request was matched to, if any: a 403 names the roles it allows. */
    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(WebApplicationException failure) {
        Optional<BianminException> refusal = JsonInputExceptionMapper.refusal(failure);
        if (refusal.isPresent()) {
            return new BianminExceptionMapper().toResponse(refusal.get());
        }
        int status = failure.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> ErrorCode.INVALID_ARGUMENT.name();
            case 401 -> "NOT_AUTHENTICATED";
            case 403 -> ErrorCode.NOT_PERMITTED.name();
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "SERVER_ERROR" : "REQUEST_REFUSED";
        };
        String message = switch (status) {
            case 403 -> "your roles do not allow this action" + neededRoles();
            case 404 -> "no such resource";
            default -> failure.getMessage();
        };
        return ErrorResponses.of(status, code, message);
    }

    /** The roles the matched resource method allows, as "; it needs the role x or y", or nothing. */
    private String neededRoles() {
        if (resource == null || resource.getResourceMethod() == null) {
            return "";
        }
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null && resource.getResourceClass() != null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null || allowed.value().length == 0 ? ""
                : "; it needs the role " + String.join(" or ", allowed.value());
    }
}
