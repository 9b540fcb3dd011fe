package org.bianmin.rest.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.bianmin.rest.support.ErrorBody;
import org.bianmin.rest.support.JsonMapping;

/**
 * Cross-site request forgery protection (OWASP CSRF Prevention Cheat Sheet) for every request that
 * may change something ({@code POST}, {@code PUT}, {@code DELETE}, {@code PATCH}):
 * <ul>
 * <li>one a browser marks as sent by another site ({@code Sec-Fetch-Site: cross-site}, Fetch
 *     Metadata) is refused, whatever its credentials: a browser also sends HTTP Basic credentials it
 *     has remembered;</li>
 * <li>one made with a console session (and without HTTP Basic) must carry the session's token in
 *     {@code X-CSRF-Token} ({@link ConsoleSession}), which the console reads from
 *     {@code GET /api/session}.</li>
 * </ul>
 * Refused: 403 {@code CSRF_REFUSED}. Callers with HTTP Basic and without a browser (the command
 * line, other systems) send neither header and are not affected. The public verification page
 * ({@code /api/public}) changes nothing and needs no login, so it needs no token.
 */
@WebFilter({"/api/*", "/console/logout"})
public class CsrfGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            refuse(response, "a change sent by another web site is refused; use the Bianmin console itself");
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/api/public/")) {
            chain.doFilter(request, response);
            return;
        }
        if (ConsoleSession.bySession(request) && !ConsoleSession.carriesToken(request)) {
            refuse(response, "this change lacks the console session's token (header " + ConsoleSession.CSRF_HEADER
                    + "); reload the console and try again");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JsonMapping.mapper().writeValue(response.getOutputStream(), new ErrorBody("CSRF_REFUSED", message));
    }
}
