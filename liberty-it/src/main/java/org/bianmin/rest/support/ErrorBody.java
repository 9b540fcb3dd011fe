package org.bianmin.rest.support;

/**
 * The body of every error answer: a stable code (an {@link org.bianmin.core.ErrorCode} name, or
 * an HTTP-level code such as {@code NOT_AUTHORIZED}) and a message a person can act on.
 *
 * @param code    the stable code
 * @param message what was wrong
 */
public record ErrorBody(String code, String message) {
}
