package org.bianmin.it.rest;

import java.time.Duration;

/**
 * The load run's settings, system properties that the {@code load} profile passes on:
 * {@code load.duration} (seconds per simulation), {@code load.users} (virtual users at once in a
 * scenario run alone; the mixed simulation runs {@code load.mixed.users} in each of its scenarios) and
 * {@code load.requests} (requests at most per scenario).
 */
record LoadSettings(Duration duration, int users, int mixedUsers, int requests) {
    /** The settings of this run, with small defaults. */
    static LoadSettings fromSystem() {
        return new LoadSettings(Duration.ofSeconds(Long.getLong("load.duration", 20)),
                Integer.getInteger("load.users", 8), Integer.getInteger("load.mixed.users", 2),
                Integer.getInteger("load.requests", 5000));
    }
}
