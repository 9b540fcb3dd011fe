package org.bianmin.rest.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.bianmin.rest.support.UnauthenticatedAnswer;

/**
 * How every request to the application is authenticated (Jakarta Security 3.0 §2.3, an
 * {@link HttpAuthenticationMechanism}; it replaces web.xml's login configuration):
 * <ul>
 * <li>a request with {@code Authorization: Basic} (RFC 7617) is authenticated by that user name and
 *     password, as before: programmatic callers and the command line keep HTTP Basic;</li>
 * <li>{@code POST /console/login} with the form fields {@code username} and {@code password} (the
 *     console's login page) proves the password and starts a console session
 *     ({@link ConsoleSession}); a refused login goes back to the login page;</li>
 * <li>a request with a console session is authenticated as the session's user (where no login is
 *     needed too: the container lets only the session's own user touch it);</li>
 * <li>any other request to a protected resource is answered 401 {@code NOT_AUTHENTICATED} with the
 *     challenge {@code WWW-Authenticate: Basic realm="Bianmin"}, except for the console's own calls
 *     (header {@value #CONSOLE_HEADER}), which get no challenge, so that the browser shows no
 *     password dialog of its own and the console sends its user to the login page.</li>
 * </ul>
 * Passwords are checked, and the groups found, by the server's configured user registry (the demo's
 * basic registry, an installation's LDAP): the password through the Jakarta Authentication
 * {@link PasswordValidationCallback}; the session keeps the user's name, the registry's realm and
 * the groups the registry gave at login ({@link #registryCredential}), and hands them back on each
 * request ({@link NameCallback}, {@link CallerPrincipalCallback}, {@link GroupPrincipalCallback}):
 * a changed membership counts from the user's next login. The
 * application defines no identity store of its own.
 */
@ApplicationScoped
public class ConsoleAuthentication implements HttpAuthenticationMechanism {
    /** The path of the console's login form submission. */
    public static final String LOGIN_PATH = "/console/login";

    /** The header the console sets on its own calls ({@code X-Requested-With: bianmin-console}). */
    public static final String CONSOLE_HEADER = "X-Requested-With";

    /** Where Open Liberty's Jakarta Authentication handler records a proven user's groups. */
    static final String REGISTRY_GROUPS = "com.ibm.wsspi.security.cred.groups";

    /** Where it records the user registry's realm, and the prompt of a callback that names it. */
    static final String REGISTRY_REALM = "com.ibm.wsspi.security.cred.realm";

    /** Where a refused console login is sent back to. */
    static final String LOGIN_PAGE_REFUSED = "/console/login.html?refused";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            Optional<String[]> basic = basic(authorization);
            if (basic.isPresent() && passwordHolds(context, basic.get()[0], basic.get()[1])) {
                return AuthenticationStatus.SUCCESS;
            }
            return unauthenticated(request, response);
        }
        if (LOGIN_PATH.equals(request.getServletPath()) && "POST".equals(request.getMethod())) {
            return login(request, response, context);
        }
        Optional<String> user = ConsoleSession.user(request);
        if (user.isPresent()) {
            // also where no login is needed (sign-out, the console's files): the container lets
            // only the session's own user touch an authenticated session
            request.setAttribute(ConsoleSession.AUTHENTICATED_BY, ConsoleSession.BY_SESSION);
            NameCallback realm = new NameCallback(REGISTRY_REALM);
            realm.setName(ConsoleSession.realm(request));
            handle(context, realm, new CallerPrincipalCallback(context.getClientSubject(), user.get()),
                    new GroupPrincipalCallback(context.getClientSubject(),
                            ConsoleSession.groups(request).toArray(String[]::new)));
            return AuthenticationStatus.SUCCESS;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthenticated(request, response);
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        if (user == null || user.isBlank() || password == null || !passwordHolds(context, user, password)) {
            try {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE_REFUSED);
            } catch (IOException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        Hashtable<?, ?> proven = registryCredential(context.getClientSubject());
        ConsoleSession.start(request, user, String.valueOf(proven.get(REGISTRY_REALM)),
                proven.get(REGISTRY_GROUPS) instanceof List<?> groups ? groups.stream().map(String::valueOf).toList()
                        : List.of());
        return AuthenticationStatus.SUCCESS;
    }

    /** Asks the server's user registry whether the password is the user's (Jakarta Authentication 3.0 §2.1.5.1). */
    private static boolean passwordHolds(HttpMessageContext context, String user, String password)
            throws AuthenticationException {
        PasswordValidationCallback check = new PasswordValidationCallback(context.getClientSubject(), user,
                password.toCharArray());
        handle(context, check);
        return check.getResult();
    }

    /**
     * What the container's handler found in the user registry for a password it has just proved:
     * Open Liberty's handler records the registry's realm ({@value #REGISTRY_REALM}) and the user's
     * unique group ids ({@value #REGISTRY_GROUPS}) in a {@link Hashtable} among the subject's private
     * credentials. Its handler for Jakarta Security mechanisms does not map a
     * {@link CallerPrincipalCallback}'s name to the registry (it takes the realm of a
     * {@link NameCallback} and the groups of a {@link GroupPrincipalCallback} as given), so the
     * session keeps both from the login and hands them back on each request.
     */
    static Hashtable<?, ?> registryCredential(Subject subject) {
        return subject.getPrivateCredentials(Hashtable.class).stream().filter(c -> c.containsKey(REGISTRY_REALM))
                .findFirst().orElse(new Hashtable<>());
    }

    /** Hands callbacks to the container's handler, which answers them from the user registry. */
    private static void handle(HttpMessageContext context, Callback... callbacks) throws AuthenticationException {
        try {
            context.getHandler().handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }

    /** The user name and password of a Basic {@code Authorization} header, if it is one. */
    static Optional<String[]> basic(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private static AuthenticationStatus unauthenticated(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        if (request.getHeader(CONSOLE_HEADER) == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Bianmin\"");
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        try {
            UnauthenticatedAnswer.write(response);
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        // the answer is written: the container sends it as it is
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
