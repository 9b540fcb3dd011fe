package org.bianmin.core;

/**
 * Who performs an action: a platform user id, as the platform's authentication reports it. Every
 * privileged action names its actor so that the audit trail can say who did it.
 *
 * @param id the platform user id, e.g. {@code "county.admin.li"}
 */
public record Actor(String id) {
    public Actor {
        id = Checks.text(id, "actor", 128);
    }

    /** The actor for the given user id. */
    public static Actor of(String id) {
        return new Actor(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
