package org.bianmin.it.rest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * A fault test's clients: one thread each, running client {@code 0..n-1}'s rounds until the load
 * ends by the test's own signal. Closing ends the threads whatever happened.
 */
final class LoadClients implements AutoCloseable {
    private final ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();

    private LoadClients(int count, IntConsumer client) {
        threads = Executors.newFixedThreadPool(count);
        for (int number = 0; number < count; number++) {
            int chosen = number;
            running.add(threads.submit(() -> client.accept(chosen)));
        }
    }

    /** Starts {@code count} clients, each running {@code client} with its number. */
    static LoadClients start(int count, IntConsumer client) {
        return new LoadClients(count, client);
    }

    /** Waits until every client has ended, at most {@code patience} each; a client's failure fails it. */
    void awaitEnd(Duration patience) throws Exception {
        for (Future<?> client : running) {
            client.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
