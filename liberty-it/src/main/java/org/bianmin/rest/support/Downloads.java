package org.bianmin.rest.support;

import jakarta.ws.rs.core.Response;

/**
 * Answers that a browser saves as a file rather than shows: {@code Content-Disposition: attachment}
 * with the file name (RFC 6266 §4.1). The names given here are ASCII (ids, hex hashes, numbers), so
 * the plain {@code filename} parameter serves.
 */
public final class Downloads {
    private Downloads() {
    }

    /** {@code answer} with the header that saves its body as {@code fileName}. */
    public static Response.ResponseBuilder named(Response.ResponseBuilder answer, String fileName) {
        return answer.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
