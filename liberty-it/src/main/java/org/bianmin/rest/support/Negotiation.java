package org.bianmin.rest.support;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation for resources that answer JSON by default and HTML to browsers. */
public final class Negotiation {
    private Negotiation() {
    }

    /** Whether the caller named {@code text/html} among the types it accepts. */
    public static boolean wantsHtml(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType());
    }
}
