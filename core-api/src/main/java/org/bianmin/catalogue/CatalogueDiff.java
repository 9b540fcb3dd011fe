package org.bianmin.catalogue;

import java.util.List;
import org.bianmin.core.Checks;

/**
 * What changed between two published versions, entry by entry and field by field (plan task 8).
 *
 * @param from    the older version number
 * @param to      the newer version number
 * @param entries the entries that differ, by section then key
 */
public record CatalogueDiff(int from, int to, List<EntryDiff> entries) {
    public CatalogueDiff {
        entries = Checks.list(entries, "entries");
    }

    /** The differences in one section. */
    public List<EntryDiff> in(DiffSection section) {
        return entries.stream().filter(entry -> entry.section() == section).toList();
    }

    /** Whether the two versions are the same. */
    public boolean empty() {
        return entries.isEmpty();
    }
}
