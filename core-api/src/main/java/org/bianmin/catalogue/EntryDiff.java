package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * How one entry (an item, a grant, a bundle …) differs between two versions: added, removed, or
 * changed field by field.
 *
 * @param section which part of the catalogue
 * @param key     the entry's key: item or bundle code, grant id, batch number or place code
 * @param name    the entry's name for people, e.g. the item's name
 * @param kind    added, removed or changed
 * @param fields  the fields that changed (for an addition or removal: every field, one side null)
 */
public record EntryDiff(DiffSection section, String key, String name, DiffKind kind, List<FieldChange> fields) {
    public EntryDiff {
        Checks.required(section, "section");
        key = Checks.text(key, "key");
        name = Checks.text(name, "name");
        Checks.required(kind, "kind");
        fields = Checks.list(fields, "fields");
    }
}
