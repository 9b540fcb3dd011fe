package org.bianmin.audit.internal.json;

/**
 * JSON text to be written as it is, e.g. a payload read from the database. Written inside a
 * canonical document it keeps the document canonical only when it is canonical itself, which is
 * what lets the verifier catch a payload that was altered in the database.
 *
 * @param json the text
 */
public record RawJson(String json) {
    public RawJson {
        if (json == null) {
            throw new IllegalArgumentException("raw JSON is required");
        }
    }
}
