package org.bianmin.it.rest;

import java.time.Duration;

/**
 * The load run's settings, system properties that the {@code load} profile passes on:
 * {@code load.duration} (seconds per simulation), {@code load.users} (virtual users at once in a
 * scenario run alone; the mixed simulation runs {@code load.mixed.users} in each of its scenarios) and
 * {@code load.requests} (requests at most per scenario); {@code load.clerks} window clerks sign and
 * seal, and {@code load.agents} village agents record cases, each a login of its own (the users of
 * {@code load-users.xml}), and as many virtual users when their scenario runs alone;
 * {@code load.warmup} (seconds of every scenario at once before the measured simulations,
 * {@link LoadWarmUp}).
 */
record LoadSettings(Duration duration, int users, int mixedUsers, int requests, int clerks, int agents,
        Duration warmUp) {
    /** The load users file's clerks and agents: at most this many of each. */
    static final int MAX_CLERKS = 20;
    static final int MAX_AGENTS = 100;

    LoadSettings {
        if (clerks < 1 || clerks > MAX_CLERKS || agents < 1 || agents > MAX_AGENTS) {
            throw new IllegalArgumentException("load.clerks must be 1 to " + MAX_CLERKS + " and load.agents 1 to "
                    + MAX_AGENTS + " (the users of load-users.xml), not " + clerks + " and " + agents);
        }
    }

    /** The settings of this run, with small defaults. */
    static LoadSettings fromSystem() {
        return new LoadSettings(Duration.ofSeconds(Long.getLong("load.duration", 20)),
                Integer.getInteger("load.users", 8), Integer.getInteger("load.mixed.users", 2),
                Integer.getInteger("load.requests", 5000), Integer.getInteger("load.clerks", MAX_CLERKS),
                Integer.getInteger("load.agents", MAX_AGENTS), Duration.ofSeconds(Long.getLong("load.warmup", 0)));
    }

    /** The warm-up's bounds: its seconds, and no limit on requests. */
    LoadSettings warmingUp() {
        return new LoadSettings(warmUp, users, mixedUsers, Integer.MAX_VALUE, clerks, agents, warmUp);
    }
}
