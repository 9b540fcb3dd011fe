package org.bianmin.rest.proxy;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bianmin.core.BianminException;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.rest.support.ErrorResponses;
import org.bianmin.rest.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the applicant, not the agent, rates a proxy case (好差评, plan task 16): with the rating code
 * of their receipt, without a login (web.xml leaves {@code /api/public/*} open, over HTTPS only).
 * Attempts are bounded per client address ({@link RatingAllowance}); beyond the bound 429
 * {@code TOO_MANY_REQUESTS} with {@code Retry-After}.
 */
@Path("public/ratings")
@RequestScoped
@Tag(name = "proxy")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ApplicantRatingResource {
    @Inject
    ProxyCases cases;

    @Inject
    RatingAllowance allowance;

    @Context
    HttpServletRequest request;

    /** Rates the answered case of the code 1–5 stars with an optional comment; the code is then used up. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = ProxyBodies.Rated.class, responseCode = "200", responseDescription = "the rating was recorded")
    public Response rate(ProxyBodies.ApplicantRating body) {
        long wait = allowance.take(request.getRemoteAddr());
        if (wait > 0) {
            return Response.fromResponse(ErrorResponses.of(429, "TOO_MANY_REQUESTS", "this address has made "
                    + allowance.perMinute() + " rating attempts in a minute; try again in " + wait + " s"))
                    .header("Retry-After", wait).build();
        }
        ProxyBodies.ApplicantRating rating = Inputs.body(body);
        if (rating.stars() == null) {
            throw BianminException.invalid("stars (1 to 5) is required");
        }
        cases.rateByApplicant(rating.code(), rating.stars(), rating.comment());
        return Response.ok(new ProxyBodies.Rated(rating.stars())).build();
    }
}
