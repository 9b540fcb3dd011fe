package org.bianmin.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bianmin's REST API under {@code /api}: Jakarta REST resources over the services that the user
 * feature {@code usr:bianmin-1.0} makes injectable. Resources and providers are found by class
 * scanning; JSON is written and read by Jackson ({@code support.JsonMapping}).
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Bianmin 便民", version = "1.0",
                description = "Electronic approval seals (GB/T 38540), the devolved-power catalogue, village proxy"
                        + " records, standards checks and the audit trail of Luding County's service network."
                        + " Errors are {\"code\", \"message\"} with 400, 401, 403, 404, 408, 409, 413 or 503."),
        security = @SecurityRequirement(name = "basic"),
        tags = {
            @Tag(name = "seals", description = "The seal registry: request, approve, make, sub-seals, suspend, resume, revoke, sign"),
            @Tag(name = "verification", description = "Verification reports for OFD documents, detached signatures and seals"),
            @Tag(name = "catalogue", description = "Items, who-handles, bundles, grants, versions, diff, import and export"),
            @Tag(name = "proxy", description = "Village proxy cases from receipt to answer, ratings, reports"),
            @Tag(name = "standards", description = "Standards checks of centres and village rooms, the annex-2 pilot sites"),
            @Tag(name = "audit", description = "The audit trail: entries, signed checkpoints, inclusion and consistency proofs")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class BianminApi extends Application {
}
