package org.bianmin.audit;

import java.util.Map;
import java.util.TreeMap;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * An event to append to the {@link AuditTrail}. The trail assigns the sequence number and time.
 *
 * @param type    what happened
 * @param actor   who did it
 * @param subject what it happened to, e.g. a seal's esID, an item code or a case number
 * @param details further facts as name/value pairs; they become the entry's canonical JSON payload
 *                (keys sorted). They must never hold personal data in clear: use masked values.
 */
public record AuditEvent(AuditEventType type, Actor actor, String subject, Map<String, String> details) {
    public AuditEvent {
        Checks.required(type, "event type");
        Checks.required(actor, "actor");
        subject = Checks.text(subject, "subject", 256);
        TreeMap<String, String> sorted = new TreeMap<>();
        if (details != null) {
            details.forEach((key, value) -> {
                if (key == null || key.isBlank() || value == null) {
                    throw BianminException.invalid("audit details need a name and a value for every entry");
                }
                sorted.put(key, value);
            });
        }
        details = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /** An event without details. */
    public static AuditEvent of(AuditEventType type, Actor actor, String subject) {
        return new AuditEvent(type, actor, subject, Map.of());
    }
}
