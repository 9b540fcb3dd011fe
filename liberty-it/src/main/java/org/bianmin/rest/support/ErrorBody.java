package org.bianmin.rest.support;

/**
 * The body of every error answer: a stable code (an {@link org.bianmin.core.ErrorCode} name, or
 * an HTTP-level code such as {@code NOT_AUTHORIZED}) and a message a person can act on.
 *
 * @param code      the stable code
 * @param message   what was wrong
 * @param reference for a failure inside the server, the reference under which the server log holds its
 *                  detail (quote it to the operators); null otherwise
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record ErrorBody(String code, String message, String reference) {
    public ErrorBody(String code, String message) {
        this(code, message, null);
    }
}
