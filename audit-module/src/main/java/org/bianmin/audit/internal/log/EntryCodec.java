package org.bianmin.audit.internal.log;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bianmin.audit.AuditEntry;
import org.bianmin.audit.internal.json.CanonicalJson;
import org.bianmin.audit.internal.json.JsonFormatException;
import org.bianmin.audit.internal.json.RawJson;

/**
 * An entry's canonical bytes, the leaf data of the Merkle tree (RFC 9162 §2.1.1) and one line of
 * the export: {@code {"actor":…,"payload":{…},"sequence":…,"subject":…,"time":…,"type":…}}.
 */
public final class EntryCodec {
    private static final Set<String> FIELDS = Set.of("actor", "payload", "sequence", "subject", "time", "type");

    private EntryCodec() {
    }

    /**
     * The canonical text of an entry. The payload is written as it is: a payload that is not
     * canonical makes the line non-canonical, which the verifier reports.
     */
    public static String line(long sequence, Instant time, String actor, String type, String subject,
            String payloadJson) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("actor", actor);
        fields.put("payload", new RawJson(payloadJson));
        fields.put("sequence", sequence);
        fields.put("subject", subject);
        fields.put("time", LogTime.format(time));
        fields.put("type", type);
        return CanonicalJson.write(fields);
    }

    /** The canonical text of {@code entry}. */
    public static String line(AuditEntry entry) {
        return line(entry.sequence(), entry.time(), entry.actor().id(), entry.type().name(), entry.subject(),
                entry.payloadJson());
    }

    /** The canonical payload object for event details. */
    public static String payload(Map<String, String> details) {
        return CanonicalJson.write(details);
    }

    /** Whether {@code payloadJson} is a canonical JSON object. */
    public static void requireCanonicalPayload(String payloadJson) {
        CanonicalJson.parseObject(payloadJson);
    }

    /**
     * Reads an export line; fails with {@link JsonFormatException} when it is not canonical or not
     * an entry, naming the problem.
     */
    public static LoggedEntry parse(String line) {
        return parse(CanonicalJson.parseObject(line));
    }

    /** Reads an export line from its UTF-8 bytes {@code [from, to)}, as {@link #parse(String)}. */
    @SuppressWarnings("unchecked")
    public static LoggedEntry parse(byte[] line, int from, int to) {
        Object value = CanonicalJson.parse(line, from, to);
        if (!(value instanceof Map)) {
            throw new JsonFormatException("expected a JSON object", 0);
        }
        return parse((Map<String, Object>) value);
    }

    private static LoggedEntry parse(Map<String, Object> fields) {
        if (!fields.keySet().equals(FIELDS)) {
            throw new JsonFormatException("an entry has exactly the members " + new java.util.TreeSet<>(FIELDS)
                    + ", this one has " + fields.keySet(), 0);
        }
        if (!(fields.get("payload") instanceof Map)) {
            throw new JsonFormatException("the payload must be a JSON object", 0);
        }
        long sequence = number(fields, "sequence");
        Instant time;
        try {
            time = LogTime.parse(text(fields, "time"));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(e.getMessage(), 0);
        }
        return new LoggedEntry(sequence, time, text(fields, "actor"), text(fields, "type"), text(fields, "subject"),
                CanonicalJson.write(fields.get("payload")));
    }

    static String text(Map<String, Object> fields, String name) {
        if (!(fields.get(name) instanceof String value) || value.isBlank()) {
            throw new JsonFormatException("member \"" + name + "\" must be a non-empty string", 0);
        }
        return value;
    }

    static long number(Map<String, Object> fields, String name) {
        if (!(fields.get(name) instanceof Long value) || value < 0) {
            throw new JsonFormatException("member \"" + name + "\" must be a non-negative integer", 0);
        }
        return value;
    }
}
