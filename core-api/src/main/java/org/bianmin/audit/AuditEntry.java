package org.bianmin.audit;

import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.core.Checks;

/**
 * One appended entry (审计条目) of the audit trail, a leaf of its Merkle tree (RFC 9162 §2.1.1).
 *
 * @param sequence    the leaf index, from 0, without gaps
 * @param time        when the trail appended it
 * @param actor       who did it
 * @param type        what happened
 * @param subject     what it happened to
 * @param payloadJson the canonical JSON payload (sorted keys, no insignificant white space)
 * @param leafHash    SM3(0x00 || canonical entry bytes), 32 bytes: the entry bytes are the UTF-8
 *                    canonical JSON object {@code {"actor":…,"payload":…,"sequence":…,"subject":…,
 *                    "time":…,"type":…}} (keys sorted, no white space, time in UTC with six
 *                    fractional digits), exactly one line of the export format
 */
public record AuditEntry(long sequence, Instant time, Actor actor, AuditEventType type, String subject,
        String payloadJson, byte[] leafHash) {
    public AuditEntry {
        Checks.nonNegative(sequence, "sequence");
        Checks.required(time, "time");
        Checks.required(actor, "actor");
        Checks.required(type, "type");
        Checks.required(subject, "subject");
        Checks.required(payloadJson, "payload");
        leafHash = Checks.bytes(leafHash, "leaf hash");
    }

    @Override
    public byte[] leafHash() {
        return leafHash.clone();
    }
}
