package org.bianmin.rest.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every answer of the application, the console's pages and the API alike:
 * <ul>
 * <li>{@code Content-Security-Policy} (CSP Level 3): scripts, styles, fonts and connections only
 *     from the application itself, no inline script or style, pictures also as {@code data:} and
 *     {@code blob:} URLs (seal pictures, downloads), no plug-ins, never framed
 *     ({@code frame-ancestors 'none'}), forms only to the application;</li>
 * <li>{@code X-Content-Type-Options: nosniff}: a download is never run as a script;</li>
 * <li>{@code Referrer-Policy: no-referrer}: no seal id or case number leaks in a referrer;</li>
 * <li>{@code X-Frame-Options: DENY} for browsers that predate {@code frame-ancestors}.</li>
 * </ul>
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The content security policy of every answer. */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
