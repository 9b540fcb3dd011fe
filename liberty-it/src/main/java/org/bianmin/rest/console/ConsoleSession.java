package org.bianmin.rest.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What a console sign-in keeps in the HTTP session: the user's name, realm and registry groups, as
 * proved at login, and the session's CSRF
 * token (OWASP CSRF Prevention Cheat Sheet, synchronizer token pattern), which every state-changing
 * request made with the session must carry in {@link #CSRF_HEADER}.
 */
public final class ConsoleSession {
    /** The request header that carries the CSRF token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Set on a request by {@link ConsoleAuthentication}: how its caller was authenticated. */
    static final String AUTHENTICATED_BY = ConsoleSession.class.getName() + ".by";

    /** The value of {@link #AUTHENTICATED_BY} for a request authenticated by its console session. */
    static final String BY_SESSION = "session";

    private static final String USER = ConsoleSession.class.getName() + ".user";
    private static final String GROUPS = ConsoleSession.class.getName() + ".groups";
    private static final String REALM = ConsoleSession.class.getName() + ".realm";
    private static final String CSRF_TOKEN = ConsoleSession.class.getName() + ".csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsoleSession() {
    }

    /**
     * Starts a session for a user who has just proved their password: a fresh session id (no
     * fixation: any earlier session is invalidated) and a fresh CSRF token.
     */
    static void start(HttpServletRequest request, String user, String realm, List<String> groups) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        session.setAttribute(USER, user);
        session.setAttribute(GROUPS, new ArrayList<>(groups));
        session.setAttribute(REALM, realm);
        session.setAttribute(CSRF_TOKEN, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }

    /** The user signed in with the request's session, if any. */
    static Optional<String> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(USER));
    }

    /** The user registry's realm of the session's user, as found at login. */
    static String realm(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(REALM);
    }

    /** The registry groups of the session's user, as found at login. */
    static List<String> groups(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object groups = session == null ? null : session.getAttribute(GROUPS);
        return groups instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The session's CSRF token, if the request has a console session. */
    public static Optional<String> csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(CSRF_TOKEN));
    }

    /** Whether the request carries its session's CSRF token (compared in constant time). */
    static boolean carriesToken(HttpServletRequest request) {
        String sent = request.getHeader(CSRF_HEADER);
        return sent != null && csrfToken(request).map(token -> MessageDigest.isEqual(
                token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    /**
     * Whether the request acts with a console session: authenticated by it, or (on a path that
     * needs no login, such as sign-out) carrying it without HTTP Basic credentials.
     */
    static boolean bySession(HttpServletRequest request) {
        return BY_SESSION.equals(request.getAttribute(AUTHENTICATED_BY))
                || request.getHeader("Authorization") == null && user(request).isPresent();
    }

    /** Ends the request's console session, if it has one. */
    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
