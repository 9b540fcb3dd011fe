package org.bianmin.catalogue;

import org.bianmin.core.Checks;

/**
 * One field that differs between two versions of an entry, both values shown as text.
 *
 * @param field  the field's name as in the JSON format, e.g. {@code promisedDays} or {@code materials[2]}
 * @param before the old value, or null when the field was absent
 * @param after  the new value, or null when the field is absent now
 */
public record FieldChange(String field, String before, String after) {
    public FieldChange {
        field = Checks.text(field, "field");
    }
}
