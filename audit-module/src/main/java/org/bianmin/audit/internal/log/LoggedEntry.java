package org.bianmin.audit.internal.log;

import java.time.Instant;

/**
 * One entry as the log spells it, read back from an export line without judging its meaning (an
 * event type unknown to this verifier still hashes and verifies).
 *
 * @param sequence    the leaf index it claims
 * @param time        when it was appended
 * @param actor       who acted
 * @param type        the event type's name
 * @param subject     what it happened to
 * @param payloadJson the canonical payload object
 */
public record LoggedEntry(long sequence, Instant time, String actor, String type, String subject,
        String payloadJson) {
}
