package org.bianmin.rest.console;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Callers;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who the caller is, for the console: the user, the roles the user holds, and the console session's
 * CSRF token ({@link ConsoleSession}; null for a caller with HTTP Basic). Every {@code /api} request
 * is authenticated first (web.xml), so only a signed-in user gets here.
 */
@Path("session")
@RequestScoped
@Tag(name = "session")
public class SessionResource {
    /** Every role, in the order the console shows its pages. */
    static final List<String> ROLES = List.of(Roles.SEAL_ADMIN, Roles.SEAL_APPROVER, Roles.SEAL_CUSTODIAN,
            Roles.AUDITOR, Roles.SUPERVISOR, Roles.PROXY_AGENT);

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    /**
     * The caller.
     *
     * @param user      the user name
     * @param roles     the roles the user holds
     * @param csrfToken the token to send in {@code X-CSRF-Token} with every change, null without a console session
     */
    public record Caller(String user, List<String> roles, String csrfToken) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Caller caller() {
        String user = Callers.actor(security).id();
        List<String> roles = ROLES.stream().filter(security::isUserInRole).toList();
        return new Caller(user, roles, ConsoleSession.csrfToken(request).orElse(null));
    }
}
