package org.bianmin.rest.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.bianmin.core.BianminException;

/**
 * Puts every API request's query in the form RFC 3986 §2.1 wants before the REST layer parses it
 * ({@link QueryString}): raw UTF-8, as curl sends an unencoded 泸兴审〔2026〕1号, is percent-encoded and so
 * reaches the resource as typed; a broken percent-encoding is a 400 {@code INVALID_ARGUMENT} naming the
 * parameter, in the API's error body, where the REST layer would fail on it without naming it (or read it
 * as something else).
 */
@WebFilter("/api/*")
public class QueryEncodingFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query == null) {
            chain.doFilter(request, response);
            return;
        }
        String encoded = QueryString.encoded(query);
        Optional<BianminException> refusal = QueryString.refusal(encoded);
        if (refusal.isPresent()) {
            byte[] body = JsonMapping.mapper().writeValueAsBytes(
                    new ErrorBody(refusal.get().code().name(), refusal.get().getMessage()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(encoded.equals(query) ? request : new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                return encoded;
            }
        }, response);
    }
}
