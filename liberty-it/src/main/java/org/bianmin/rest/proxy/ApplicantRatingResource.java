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
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.rest.support.ErrorResponses;
import org.bianmin.rest.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the applicant, not the agent, rates a proxy case (好差评, plan task 16): with the rating code
 * of their receipt, without a login (web.xml leaves {@code /api/public/*} open, over HTTPS only).
 * Attempts are bounded ({@link RatingAttempts}); beyond the bound 429 {@code RATE_LIMITED}.
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
    RatingAttempts attempts;

    @Inject
    TimeSource clock;

    @Context
    HttpServletRequest request;

    /** Rates the answered case of the code 1–5 stars with an optional comment; the code is then used up. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(ProxyBodies.ApplicantRating body) {
        long now = clock.now().toEpochMilli();
        if (!attempts.admit(request.getRemoteAddr(), now)) {
            return Response.fromResponse(ErrorResponses.of(429, "RATE_LIMITED", "too many rating attempts;"
                    + " try again in a minute")).header("Retry-After", RatingAttempts.retryAfterSeconds(now)).build();
        }
        ProxyBodies.ApplicantRating rating = Inputs.body(body);
        if (rating.stars() == null) {
            throw BianminException.invalid("stars (1 to 5) is required");
        }
        cases.rateByApplicant(rating.code(), rating.stars(), rating.comment());
        return Response.ok(new ProxyBodies.Rated(rating.stars())).build();
    }
}
