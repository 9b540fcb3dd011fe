package org.bianmin.rest.support;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.bianmin.core.Actor;

/** The authenticated caller as the services' {@link Actor}: every change names who made it. */
public final class Callers {
    private Callers() {
    }

    /** The actor behind the request; fails with 401 when nobody is authenticated. */
    public static Actor actor(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal == null) {
            throw new NotAuthorizedException("Basic realm=\"Bianmin\"");
        }
        return Actor.of(principal.getName());
    }
}
