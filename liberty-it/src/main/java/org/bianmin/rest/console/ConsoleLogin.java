package org.bianmin.rest.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The console's sign-in and sign-out. {@code POST /console/login} reaches here only once
 * {@link ConsoleAuthentication} has proved the password and started the session: it sends the
 * browser on to the console (303, so that a reload does not post the password again).
 * {@code POST /console/logout} (with the session's CSRF token, {@link CsrfGuard}) ends the session
 * and sends the browser to the login page.
 */
@WebServlet({ConsoleAuthentication.LOGIN_PATH, ConsoleLogin.LOGOUT_PATH})
public class ConsoleLogin extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The path that ends a console session. */
    static final String LOGOUT_PATH = "/console/logout";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (LOGOUT_PATH.equals(request.getServletPath())) {
            ConsoleSession.end(request);
            request.logout();
            seeOther(request, response, "/console/login.html");
            return;
        }
        seeOther(request, response, "/console/");
    }

    private static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }
}
