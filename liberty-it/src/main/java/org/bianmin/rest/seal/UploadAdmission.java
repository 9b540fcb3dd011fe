package org.bianmin.rest.seal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bianmin.core.ErrorCode;
import org.bianmin.rest.support.BoundedUpload;
import org.bianmin.rest.support.ErrorBody;
import org.bianmin.rest.support.JsonMapping;
import org.bianmin.rest.support.SpooledRequest;
import org.bianmin.rest.support.UploadDeadline;

/**
 * Admits requests to the upload endpoints ({@link UploadEndpoint}: verification, and sealing of OFD
 * documents) within the server's {@link UploadCapacity}, before anything reads their bodies (a
 * servlet filter, in front of the REST runtime):
 * <ol>
 * <li>a public verification ({@link UploadWork#PUBLIC_VERIFICATION}, no login) from an address
 *     that has had its allowance of the minute is refused: 429 {@code TOO_MANY_REQUESTS} with
 *     {@code Retry-After} ({@link PublicAllowance});</li>
 * <li>a body that declares more bytes than the endpoint's limit is refused at once, unread: 413
 *     {@code REQUEST_TOO_LARGE} (RFC 9110 §15.5.14);</li>
 * <li>the request takes a permit of its {@link UploadWork}, or is refused within a moment: 503
 *     {@code SERVICE_BUSY} with {@code Retry-After} (§15.6.4, §10.2.3), never queued without
 *     bound;</li>
 * <li>with the permit held, the body is spooled ({@link BoundedUpload}), whatever its media type
 *     and whether it declares its length or arrives chunked (§7.1 of RFC 9112): one that passes the
 *     limit while it arrives is refused with 413 as soon as it passes it; one still arriving when
 *     {@link UploadLimits#uploadTime(UploadWork)} has gone by is refused with 408
 *     {@code REQUEST_TIMEOUT} (RFC 9110 §15.5.9);</li>
 * <li>the request goes on with the spooled copy as its body ({@link SpooledRequest}); afterwards,
 *     however it ended, the spool is deleted and the permit given back.</li>
 * </ol>
 * A multipart body takes the same way. A resource reads its parts through
 * {@code HttpServletRequest.getPart(String)}, and the container would parse those from the raw
 * stream, which the spool has read; so the spooled request parses them from the spool itself
 * ({@link SpooledRequest#getParts()}), and a chunked multipart body is bounded and parsed like any
 * other (VerificationLimitsIT shows it).
 *
 * <p>Which requests: a servlet URL pattern cannot name {@code /api/seals/*}{@code /sealed-ofd}, so
 * the filter is mapped to {@code /api/verification/*} and {@code /api/seals/*} and
 * {@link UploadEndpoint#of(String, String)} picks the upload endpoints by method and path; every
 * other request (the seal registry's GETs and POSTs) goes on untouched. Who: the container
 * enforces web.xml's security constraint (Jakarta Servlet 6.0 §13.8: every {@code /api} request
 * needs an authenticated caller) before it calls any filter, so an unauthenticated request is
 * answered 401 and never reaches here, whatever it declares (SealingLimitsIT shows it). A caller
 * without a role the endpoint's resource allows ({@link UploadWork#allows}) goes on untouched too,
 * to the resource's 403, which the REST runtime answers before it reads the body: such a caller
 * takes no permit and learns no limit.
 *
 * <p>So the permits bound the memory and disk that uploads hold as well as the work running, and
 * the time an upload holds its permit. A blocking read cannot be interrupted: the
 * deadline is looked at after each read returns, and a read waits at most the HTTP endpoint's
 * {@code readTimeout} (server.xml {@code httpOptions}, 60 s) before it fails. A client that sends a
 * byte now and then therefore holds its permit at most {@code uploadTime} plus one
 * {@code readTimeout} (60 s + 60 s by default); one that stops sending is let go when that read
 * times out.
 *
 * <p>A refusal answers with {@code Connection: close}, since the rest of the body is not read.
 */
@WebFilter(urlPatterns = {"/api/verification/*", "/api/seals/*", "/api/public/*"})
public class UploadAdmission extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadAdmission.class.getName());

    /** A body shorter than this is held in memory, a longer one spooled to a file. */
    static final int IN_MEMORY = 1 << 20;

    /** Seconds a refused client is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 1;

    @Inject
    UploadCapacity capacity;

    @Inject
    PublicAllowance allowance;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<UploadEndpoint> upload = UploadEndpoint.of(request.getMethod(), path);
        if (upload.isEmpty() || !upload.get().work().allows(request)) {
            chain.doFilter(request, response);
            return;
        }
        UploadEndpoint endpoint = upload.get();
        UploadWork work = endpoint.work();
        UploadLimits limits = capacity.limits();
        long limit = limits.bodyBytes(endpoint);
        if (work == UploadWork.PUBLIC_VERIFICATION) {
            long wait = allowance.take(request.getRemoteAddr());
            if (wait > 0) {
                response.setHeader("Retry-After", Long.toString(wait));
                refuse(response, 429, "TOO_MANY_REQUESTS", "this address has asked for " + allowance.perMinute()
                        + " public verifications within a minute, as many as allowed (server variable "
                        + PublicAllowance.PER_MINUTE_VARIABLE + "); try again in " + wait + " s");
                return;
            }
        }
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, 413, "REQUEST_TOO_LARGE", "the request body is " + declared + " bytes, "
                    + tooLarge(request, endpoint, limit));
            return;
        }
        if (!capacity.tryAcquire(work)) {
            response.setIntHeader("Retry-After", RETRY_AFTER_SECONDS);
            refuse(response, 503, "SERVICE_BUSY", "the server is running as many " + work.plural()
                    + " as it may at once (" + limits.permits(work) + "); retry in " + RETRY_AFTER_SECONDS + " s");
            return;
        }
        try {
            withSpooledBody(request, response, chain, endpoint, limits);
        } finally {
            capacity.release(work);
        }
    }

    private static void withSpooledBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            UploadEndpoint endpoint, UploadLimits limits) throws IOException, ServletException {
        long limit = limits.bodyBytes(endpoint);
        UploadWork work = endpoint.work();
        BoundedUpload body;
        try {
            body = BoundedUpload.spool(request.getInputStream(), limit, IN_MEMORY, limits.spoolDirectory(),
                    UploadDeadline.in(limits.uploadTime(work)));
        } catch (BoundedUpload.TooLarge e) {
            refuse(response, 413, "REQUEST_TOO_LARGE", "the request body is larger than allowed: "
                    + tooLarge(request, endpoint, limit) + "; reading stopped there");
            return;
        } catch (BoundedUpload.TooSlow e) {
            refuse(response, 408, "REQUEST_TIMEOUT", "the request body did not arrive in time: "
                    + request.getMethod() + " " + request.getRequestURI() + " allows " + e.allowed().toSeconds()
                    + " s for the whole body (server variable " + work.uploadTimeVariable()
                    + "); reading stopped there; send it over a faster connection, or a smaller file");
            return;
        } catch (BoundedUpload.Unreadable e) {
            refuse(response, 400, ErrorCode.INVALID_ARGUMENT.name(), "the request body could not be read: "
                    + e.getMessage());
            return;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "cannot spool a request body into " + limits.spoolDirectory(), e);
            refuse(response, 503, ErrorCode.STORAGE_FAILURE.name(), "the server cannot hold the request body"
                    + " (its spool directory failed); the failure is in the server log");
            return;
        }
        try (body; SpooledRequest spooled = new SpooledRequest(request, body, IN_MEMORY,
                limits.spoolDirectory())) {
            chain.doFilter(spooled, response);
        }
    }

    private static String tooLarge(HttpServletRequest request, UploadEndpoint endpoint, long limit) {
        return request.getMethod() + " " + request.getRequestURI() + " accepts at most " + limit + " bytes ("
                + limit / UploadLimits.MIB + " MiB, server variable " + endpoint.variable()
                + "); send a smaller file";
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JsonMapping.mapper().writeValue(response.getOutputStream(), new ErrorBody(code, message));
    }
}
