package org.bianmin.catalogue.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history of one catalogue entry (an item or a bundle) as dated revisions: each revision applies
 * from its date until the next one; a revision without a value removes the entry. Immutable.
 *
 * @param <T> the entry's type
 */
public final class Timeline<T> {
    /**
     * One dated revision.
     *
     * @param from   the first day it applies
     * @param value  the entry from then on, or null when it was removed
     * @param change the sequence of the change that made it
     */
    public record Revision<T>(LocalDate from, T value, long change) {
    }

    private final List<Revision<T>> revisions;

    private Timeline(List<Revision<T>> revisions) {
        this.revisions = revisions;
    }

    /** A timeline with a single revision. */
    public static <T> Timeline<T> of(LocalDate from, T value, long change) {
        return new Timeline<>(List.of(new Revision<>(from, value, change)));
    }

    /**
     * This timeline with one more revision. Revisions arrive in date order; one dated the same day as
     * the latest supersedes it for that day on.
     */
    public Timeline<T> with(LocalDate from, T value, long change) {
        if (from.isBefore(latestFrom())) {
            throw new IllegalArgumentException("revision of " + from + " is older than the latest, " + latestFrom());
        }
        List<Revision<T>> next = new ArrayList<>(revisions.size() + 1);
        next.addAll(revisions);
        next.add(new Revision<>(from, value, change));
        return new Timeline<>(List.copyOf(next));
    }

    /** The entry as it stands on {@code date}. */
    public Optional<T> at(LocalDate date) {
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision<T> revision = revisions.get(i);
            if (!revision.from().isAfter(date)) {
                return Optional.ofNullable(revision.value());
            }
        }
        return Optional.empty();
    }

    /** The latest revision's value, null when the latest revision removed the entry. */
    public T latest() {
        return revisions.get(revisions.size() - 1).value();
    }

    /** The date of the latest revision. */
    public LocalDate latestFrom() {
        return revisions.get(revisions.size() - 1).from();
    }

    /** Every revision, oldest first. */
    public List<Revision<T>> revisions() {
        return revisions;
    }
}
