package org.bianmin.rest.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of a 401: the authentication mechanism ({@code console.ConsoleAuthentication}) refuses a
 * request without valid credentials before the REST layer sees it and writes this body
 * ({@link #write}); any other 401 of the container comes here through web.xml's {@code error-page}.
 * Either way it carries the same JSON error body as every other error ({@link ErrorBody}, code
 * {@code NOT_AUTHENTICATED}).
 */
@WebServlet("/errors/unauthenticated")
public class UnauthenticatedAnswer extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response);
    }

    /** Writes the 401 body. */
    public static void write(HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JsonMapping.mapper().writeValue(response.getWriter(), new ErrorBody("NOT_AUTHENTICATED",
                "sign in: this API needs a user name and password (HTTP Basic, or the console's login at /console/);"
                        + " a wrong password is refused the same way"));
    }
}
